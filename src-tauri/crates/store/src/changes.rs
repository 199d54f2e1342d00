//! Following what other desks change: on a team database every committed change to what an open
//! screen shows is announced (`malaka_changes`, see the PostgreSQL migration `change_notices`);
//! a desk listens on a connection of its own. A register file has one desk: nothing to follow.

use malaka_core::model::Change;
use sqlx::postgres::PgListener;

use crate::{Result, Store};

/// The channel the database announces changes on.
const CHANNEL: &str = "malaka_changes";

/// A desk's subscription to the changes committed on its team database.
pub struct Changes(PgListener);

impl Changes {
    /// The next change anyone commits (this desk included). After a lost connection the listener
    /// connects again; changes committed meanwhile are not replayed, so a screen reloads then.
    pub async fn next(&mut self) -> Result<Change> {
        let notice = self.0.recv().await?;
        Ok(Change::parse(notice.payload()))
    }
}

impl Store {
    /// Follows the changes desks commit to this team database; a file: none to follow.
    pub async fn changes(&self) -> Result<Option<Changes>> {
        let Some(pool) = self.server_pool() else { return Ok(None) };
        let mut listener = PgListener::connect_with(pool).await?;
        listener.listen(CHANNEL).await?;
        Ok(Some(Changes(listener)))
    }
}
