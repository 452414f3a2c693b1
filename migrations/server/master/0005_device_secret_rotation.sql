-- A new epoch comes with a new device secret (a restored or copied nexus.db may sit beside an old copy of the secret):
-- the secret before the last change only asks for that change again, and the new one is kept until the device has
-- used it, so an answer lost on the way is given again, the same, to the same rekey_id.
ALTER TABLE devices ADD COLUMN previous_secret_hash TEXT;   -- SHA-256 hex of the secret before the last epoch change
ALTER TABLE device_epochs ADD COLUMN issued_secret TEXT;    -- the new secret until a token is taken with it, then NULL
