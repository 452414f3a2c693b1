-- PostgreSQL twin of server/master 0005: the secret before the last epoch change, and the new one until it is used.
ALTER TABLE devices ADD COLUMN previous_secret_hash TEXT;
ALTER TABLE device_epochs ADD COLUMN issued_secret TEXT;
