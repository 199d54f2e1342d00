-- A person's hire date: HR lists carry it ("Дата приёма", "Ishga qabul qilingan sana"), and the
-- import now keeps it instead of passing it over. ISO date text, as birth_date.
ALTER TABLE person ADD COLUMN hired_on TEXT;
