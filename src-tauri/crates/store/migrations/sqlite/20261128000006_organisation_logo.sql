-- An organisation's logo, printed on its certificates. Kept apart from organisation so lists
-- never read pictures; the picture's kind is the extension typst reads it by.
CREATE TABLE organisation_logo (
    organisation_id TEXT PRIMARY KEY NOT NULL REFERENCES organisation(id),
    picture         BLOB NOT NULL,
    extension       TEXT NOT NULL CHECK (extension IN ('png', 'jpg', 'svg')),
    updated_at      TEXT NOT NULL
) STRICT;
