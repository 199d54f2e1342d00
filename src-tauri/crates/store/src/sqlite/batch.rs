//! Multi-row statements for bulk writes: one `INSERT … VALUES (…), (…), …` per chunk of rows, so a
//! load of a hundred thousand rows costs hundreds of statements instead of a hundred thousand.

/// Rows per statement: large enough that per-statement costs vanish, small enough to stay far below
/// SQLite's limit of 32,766 bound parameters and to keep each statement's text short.
pub(crate) fn rows_per_statement(columns: usize) -> usize {
    (30_000 / columns.max(1)).min(500)
}

/// `head` followed by `rows` groups of `columns` placeholders: `head (?, ?), (?, ?)`.
pub(crate) fn values_sql(head: &str, columns: usize, rows: usize) -> String {
    let group = format!("({})", vec!["?"; columns].join(", "));
    let mut sql = String::with_capacity(head.len() + 8 + rows * (group.len() + 2));
    sql.push_str(head);
    sql.push_str(" VALUES ");
    for i in 0..rows {
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&group);
    }
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_sql_has_one_group_per_row() {
        assert_eq!(values_sql("INSERT INTO t (a, b)", 2, 3), "INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)");
        assert_eq!(values_sql("INSERT INTO t (a)", 1, 1), "INSERT INTO t (a) VALUES (?)");
    }

    #[test]
    fn chunks_stay_below_the_parameter_limit() {
        for columns in [1, 2, 10, 17, 100] {
            let rows = rows_per_statement(columns);
            assert!(rows >= 1 && rows * columns <= 32_766, "{columns} columns → {rows} rows");
        }
    }
}
