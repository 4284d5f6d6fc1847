"""The SQL behind rasad's own pages (person, meeting, network); every statement only reads."""

PERSON = "SELECT id, name, aliases, title, organization, country FROM persons WHERE id = :id"

OFFICES = """
SELECT office_key, title, coalesce(start, first_seen) AS since, coalesce("end", last_seen) AS until,
  source, provenance
FROM office_holders WHERE person_id = :id ORDER BY since"""

PERSON_EVENTS = """
SELECT e.id, e.date, e.date_jalali, e.type, e.cameo, e.location, e.n_mentions, e.n_sources,
  e.first_published
FROM event_participants me JOIN events e ON e.id = me.event_id
WHERE me.person_id = :id
  AND (:start = '' OR e.date >= :start) AND (:end = '' OR e.date <= :end)
  AND (:with = '' OR EXISTS (SELECT 1 FROM event_participants w
                             WHERE w.event_id = e.id AND w.person_id = CAST(:with AS INTEGER)))
ORDER BY coalesce(e.date, e.first_published) DESC, e.id DESC
LIMIT 300"""

COUNTERPARTS = """
SELECT o.event_id, o.person_id, o.name
FROM event_participants o
WHERE o.event_id IN (SELECT value FROM json_each(:events)) AND o.person_id != :id
ORDER BY o.event_id, o.name"""

TOP_COUNTERPARTS = """
SELECT t.person_id, p.name, t.n
FROM (SELECT o.person_id, count(*) AS n
      FROM event_participants me
      JOIN event_participants o ON o.event_id = me.event_id AND o.person_id != me.person_id
      WHERE me.person_id = :id GROUP BY o.person_id ORDER BY n DESC LIMIT 10) t
JOIN persons p ON p.id = t.person_id
ORDER BY t.n DESC, p.name"""

PERSON_ARTICLES = """
SELECT DISTINCT a.id, a.site, a.title, a.published, a.url
FROM event_mentions m JOIN articles a ON a.id = m.article_id
WHERE m.event_id IN (SELECT value FROM json_each(:events))
ORDER BY a.published DESC LIMIT 100"""

EVENT = """
SELECT id, type, cameo, date, date_jalali, location, topics, label, n_mentions, n_sources,
  first_published, first_seen
FROM events WHERE id = :id"""

PARTICIPANTS = """
SELECT person_id, name, title, organization, country, role_as_written
FROM event_participants WHERE event_id = :id ORDER BY rowid"""

MENTIONS = """
SELECT m.id, m.site, m.url, m.evidence, m.article_id, a.title, a.published, a.body
FROM event_mentions m LEFT JOIN articles a ON a.id = m.article_id
WHERE m.event_id = :id ORDER BY a.published, m.id"""

FIND_PERSONS = """
SELECT p.id, p.name, p.title, p.country,
  (SELECT count(*) FROM event_participants ep WHERE ep.person_id = p.id) AS n_events
FROM persons p
WHERE p.id IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH fa_match(:q))
ORDER BY n_events DESC, p.name LIMIT 100"""

PERSON_EDGES = """
SELECT a.person_id AS a, b.person_id AS b, count(DISTINCT e.id) AS n
FROM events e
JOIN event_participants a ON a.event_id = e.id
JOIN event_participants b ON b.event_id = e.id AND a.person_id < b.person_id
WHERE (:start = '' OR e.date >= :start) AND (:end = '' OR e.date <= :end)
GROUP BY a.person_id, b.person_id ORDER BY n DESC LIMIT :limit"""

COUNTRY_EDGES = """
SELECT a.country AS a, b.country AS b, count(DISTINCT e.id) AS n
FROM events e
JOIN event_participants a ON a.event_id = e.id AND coalesce(a.country, '') != ''
JOIN event_participants b ON b.event_id = e.id AND coalesce(b.country, '') != '' AND a.country < b.country
WHERE (:start = '' OR e.date >= :start) AND (:end = '' OR e.date <= :end)
GROUP BY a.country, b.country ORDER BY n DESC LIMIT :limit"""

PERSON_NAMES = "SELECT id, name FROM persons WHERE id IN (SELECT value FROM json_each(:ids))"

EDGE_EVENTS = """
SELECT e.id, e.date, e.date_jalali, e.type, e.label, e.location, e.n_sources
FROM events e
WHERE (:start = '' OR e.date >= :start) AND (:end = '' OR e.date <= :end)
  AND EXISTS (SELECT 1 FROM event_participants x WHERE x.event_id = e.id AND {side} = :a)
  AND EXISTS (SELECT 1 FROM event_participants y WHERE y.event_id = e.id AND {other} = :b
              AND (:by = 'country' OR y.person_id != CAST(:a AS INTEGER)))
ORDER BY e.date DESC, e.id DESC LIMIT 500"""
