-- An organisation's logo, printed on its certificates. Kept apart from organisation so lists
-- never read pictures; the picture's kind is the extension typst reads it by.
CREATE TABLE organisation_logo (
    organisation_id uuid PRIMARY KEY REFERENCES organisation(id),
    picture         bytea NOT NULL,
    extension       text NOT NULL CHECK (extension IN ('png', 'jpg', 'svg')),
    updated_at      timestamptz NOT NULL
);
