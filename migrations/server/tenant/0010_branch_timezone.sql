-- The branch's time zone (IANA): head office's sales report counts the branch's local days, not UTC days. Border
-- branches in Baja California are America/Tijuana; set with `nexus-admin branches timezone --code C --timezone Z`.
ALTER TABLE branches ADD COLUMN timezone TEXT NOT NULL DEFAULT 'America/Mexico_City';
