package currency

import (
	"database/sql/driver"
	"fmt"
)

// Value implements driver.Valuer: it stores a as the text MarshalText
// writes, "GBP 2400000.00", the currency code, a space and the exact plain
// decimal, so that one column keeps the amount and its currency and Scan
// reads back an Amount equal to a. The column's type is text: TEXT in
// SQLite and PostgreSQL (or VARCHAR), never REAL, FLOAT or DOUBLE, which
// cannot hold money exactly. To sum amounts in SQL, store the value in a
// NUMERIC column (PostgreSQL) or as an INTEGER count of minor units
// (SQLite) with the Code in a column of its own; package funding/grants
// does that. Value never fails.
func (a Amount) Value() (driver.Value, error) {
	b, _ := a.MarshalText()
	return string(b), nil
}

// Scan implements sql.Scanner: it reads an amount from a text column
// holding what Value stores, or anything else Parse reads ("£2,400,000",
// "GBP 2400000.00"). The driver may give the text as a string or a []byte.
//
// Scan returns a *ParseError, and leaves a unchanged, if:
//   - the column is NULL (ErrSyntax): scan a nullable column into a
//     sql.Null[Amount] instead;
//   - the value is not text (ErrSyntax): a number column holds no
//     currency, and a REAL one cannot hold money exactly;
//   - the text is not an amount, as Parse reports it.
func (a *Amount) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return a.UnmarshalText([]byte(v))
	case []byte:
		return a.UnmarshalText(v)
	}
	return notText("Amount.Scan", src, "an amount as text, such as \"GBP 2400000.00\"")
}

// Value implements driver.Valuer: it stores c as its three-letter code,
// "GBP" (the zero Code as "XXX"), in a text column: TEXT or CHAR(3) in
// SQLite and PostgreSQL. Value never fails.
func (c Code) Value() (driver.Value, error) {
	return c.String(), nil
}

// Scan implements sql.Scanner: it reads a currency code from a text column,
// as a string or a []byte, as ParseCode reads it ("GBP", "gbp"; "XXX"
// gives the zero Code).
//
// Scan returns a *ParseError, and leaves c unchanged, if:
//   - the column is NULL (ErrSyntax): scan a nullable column into a
//     sql.Null[Code] instead;
//   - the value is not text (ErrSyntax);
//   - the text is not a code, as ParseCode reports it.
func (c *Code) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return c.UnmarshalText([]byte(v))
	case []byte:
		return c.UnmarshalText(v)
	}
	return notText("Code.Scan", src, "a three-letter ISO 4217 code as text")
}

// notText returns the *ParseError of a Scan given src, which is not text.
func notText(fn string, src any, want string) error {
	if src == nil {
		return &ParseError{Func: fn, Input: "NULL", Err: expected(ErrSyntax, "want "+want+", not NULL; scan a nullable column into sql.Null")}
	}
	return &ParseError{Func: fn, Input: fmt.Sprint(src), Err: expected(ErrSyntax, fmt.Sprintf("want %s, not a %T", want, src))}
}
