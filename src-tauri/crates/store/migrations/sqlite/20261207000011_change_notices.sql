-- The PostgreSQL migration of this number announces changes to the other desks sharing a team
-- database. A register file has one desk and one writer: nothing to announce, nothing to change.
SELECT 1;
