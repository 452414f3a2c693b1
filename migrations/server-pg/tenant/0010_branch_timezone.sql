-- PostgreSQL twin of server/tenant 0010: the branch's IANA time zone for the sales report's local days.
ALTER TABLE branches ADD COLUMN timezone TEXT NOT NULL DEFAULT 'America/Mexico_City';
