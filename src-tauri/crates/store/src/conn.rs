//! The seam the use cases see: a connection that is either SQLite's or PostgreSQL's. Every query
//! function takes `&mut Conn` and hands it to the backend it belongs to.

use sqlx::pool::PoolConnection;
use sqlx::{PgConnection, Postgres, Sqlite, SqliteConnection, Transaction};

use crate::Result;

/// A read connection or an open write transaction, on either backend.
pub struct Conn(Link);

enum Link {
    SqliteRead(PoolConnection<Sqlite>),
    SqliteWrite(Transaction<'static, Sqlite>),
    PostgresRead(PoolConnection<Postgres>),
    PostgresWrite(Transaction<'static, Postgres>),
}

/// The backend's own connection, for the query modules.
pub(crate) enum Db<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

impl Conn {
    pub(crate) fn db(&mut self) -> Db<'_> {
        match &mut self.0 {
            Link::SqliteRead(c) => Db::Sqlite(c),
            Link::SqliteWrite(t) => Db::Sqlite(t),
            Link::PostgresRead(c) => Db::Postgres(c),
            Link::PostgresWrite(t) => Db::Postgres(t),
        }
    }

    /// The SQLite connection underneath, for tests and tools that speak SQLite's own SQL.
    pub fn as_sqlite(&mut self) -> Option<&mut SqliteConnection> {
        match self.db() {
            Db::Sqlite(c) => Some(c),
            Db::Postgres(_) => None,
        }
    }

    /// The PostgreSQL connection underneath, for tests and tools that speak PostgreSQL's own SQL.
    pub fn as_postgres(&mut self) -> Option<&mut PgConnection> {
        match self.db() {
            Db::Postgres(c) => Some(c),
            Db::Sqlite(_) => None,
        }
    }
}

/// A pooled read connection; it sees the last committed state.
pub struct ReadConn(Conn);

impl ReadConn {
    pub(crate) fn sqlite(c: PoolConnection<Sqlite>) -> ReadConn {
        ReadConn(Conn(Link::SqliteRead(c)))
    }

    pub(crate) fn postgres(c: PoolConnection<Postgres>) -> ReadConn {
        ReadConn(Conn(Link::PostgresRead(c)))
    }
}

/// A write transaction: nothing is visible to others until [`WriteTx::commit`]; dropping it rolls
/// back. On SQLite it began with `BEGIN IMMEDIATE` (the one writer); on PostgreSQL the statements
/// that need it lock their rows.
pub struct WriteTx(Conn);

impl WriteTx {
    pub(crate) fn sqlite(t: Transaction<'static, Sqlite>) -> WriteTx {
        WriteTx(Conn(Link::SqliteWrite(t)))
    }

    pub(crate) fn postgres(t: Transaction<'static, Postgres>) -> WriteTx {
        WriteTx(Conn(Link::PostgresWrite(t)))
    }

    pub async fn commit(self) -> Result<()> {
        match self.0.0 {
            Link::SqliteWrite(t) => t.commit().await?,
            Link::PostgresWrite(t) => t.commit().await?,
            Link::SqliteRead(_) | Link::PostgresRead(_) => {}
        }
        Ok(())
    }
}

macro_rules! deref_to_conn {
    ($t:ty) => {
        impl std::ops::Deref for $t {
            type Target = Conn;
            fn deref(&self) -> &Conn {
                &self.0
            }
        }

        impl std::ops::DerefMut for $t {
            fn deref_mut(&mut self) -> &mut Conn {
                &mut self.0
            }
        }
    };
}

deref_to_conn!(ReadConn);
deref_to_conn!(WriteTx);

/// Writes the public query functions of one area: each takes `&mut Conn` and calls the function
/// of the same name and arguments in the backend's module for that area.
macro_rules! seam {
    ($area:ident; $( $(#[$doc:meta])* pub async fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty; )*) => {
        $(
            $(#[$doc])*
            pub async fn $name(conn: &mut $crate::Conn, $($arg: $ty),*) -> $ret {
                match conn.db() {
                    $crate::conn::Db::Sqlite(c) => $crate::sqlite::$area::$name(c, $($arg),*).await,
                    $crate::conn::Db::Postgres(c) => $crate::postgres::$area::$name(c, $($arg),*).await,
                }
            }
        )*
    };
}

pub(crate) use seam;
