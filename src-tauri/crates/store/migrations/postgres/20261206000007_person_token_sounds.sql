-- Person search also finds names that sound alike (Kholmatov, Xolmatov, Холматов): each name
-- word gets a second `person_token` row, `~` and its sound key, computed in Rust
-- (core::names::sound_key). `store_rebuild` is the store's work queue of such Rust-side steps
-- to run right after the migrations; SQLite needs it to upgrade an existing register, and it is
-- created here too (with the same row) so code treats both databases alike — on a new, empty
-- database the step simply finds no one to index.
CREATE TABLE store_rebuild (
    name text COLLATE "C" PRIMARY KEY
);
INSERT INTO store_rebuild (name) VALUES ('person_token_sounds');
