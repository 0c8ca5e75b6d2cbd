// Package grants keeps published grants data in a SQL database and answers
// exact totals from it: what a funder awarded, to whom, in which financial
// year or programme, so that a claim such as "more than £4 million" can be
// weighed against what the funder itself published.
//
// # The store
//
// A Store works through database/sql with a *sql.DB the caller opens, so
// the package imports no driver. Two Dialects are known: SQLite (such as
// modernc.org/sqlite, pure Go, one file) and PostgreSQL (such as
// github.com/jackc/pgx/v5/stdlib). Open creates the schema if it is not
// there: a grants table keyed by grant id, a duplicates table, and indexes
// on funder, recipient, programme, financial year and award date.
//
// # Loading
//
// Store.Load reads a 360Giving Data Standard grants file (JSON, as
// funding.Read360Giving reads it) and adds its grants in batches inside one
// transaction: a load that fails or whose context is cancelled leaves the
// database as it was. Grant ids are keys, so loading a file twice adds
// nothing, and a grant id first loaded from another file is counted once
// and reported as a Duplicate. A grant that cannot be stored exactly is
// rejected, named, and the rest are loaded.
//
// # Exact money
//
// Money never passes through a binary floating-point number. PostgreSQL
// keeps amounts as NUMERIC, in the currency's unit (pounds). SQLite keeps
// them as INTEGER counts of the currency's minor unit (pence for GBP, yen
// for JPY), in a STRICT table, never REAL; SQLite's sum of integers is exact
// or fails with an overflow error. So that both hold the same grants, a
// grant of a fraction of a penny, or of more than 2⁶³−1 pence, is rejected
// in both. Currencies are stored as their ISO 4217 codes, with
// currency.Code's driver.Valuer.
//
// # Totals
//
// Store.Total sums the grants a Query chooses (by funder, recipient and
// programme, by name or identifier; by UK financial year, funding.FiscalYear,
// or by a range of award dates) and breaks the sum down by a Group. A total
// is in one currency, GBP unless the query says otherwise: grants in other
// currencies are counted and named in Excluded, never added in. Each Row
// gives the net sum with its negative grants (summed and counted) and zero
// grants (counted) shown apart, and how many duplicate copies were set
// aside. Every Total names the sources its grants were loaded from and
// carries the SQL it came from, with its values written in, so that anyone
// can run it again on the same database.
//
// What a grant is filed under: its first funding organisation, its first
// recipient organisation, its programme's code and title, the UK financial
// year of its award date.
//
// # Limits
//
// Load reads JSON with funding.Read360Giving and the titled-column CSV
// with funding.Read360GivingCSV, which leave out each bad grant and name
// it, so the store loads the rest and reports those in Loaded.Rejected.
// A negative amountAwarded, which funders publish for money returned or a
// grant revoked, is read as published (with a warning the store does not
// pass on), kept, and shown apart in every total.
//
// # Regrants
//
// A grant to a grantmaker that passes the money on as grants of its own is
// a regrant, and a total of both funders' grants counts that money twice.
// Files mark regrants with 360Giving's regrantType (funding.Allocation's
// Regrant); the store keeps the code in the regrant column, and every Row
// shows the regrants apart, in Regrant and Regrants. The rule: a total's
// Amount counts every grant the funder awarded, regrants included, since
// the question is what a funder gave; to count money once across funders
// that regrant to each other, subtract Regrant. Unmarked regrants cannot
// be told apart, and a total says how many marked ones it holds.
//
// # Evidence
//
// A record's funding.Source can cite grants data as a package's evidence:
// its Grants names a funder and, optionally, a UK financial year, a
// recipient and a programme, which are a Query's Funder, Year, Recipient
// and Programme. examples/factcheck -grants runs that Query's Total and
// weighs the package's claims against it.
//
// # Scale
//
// The tests load a million generated grants when asked
// (go test -run TestScale -grants.scale=1000000 with FUNDCLAIMS_PG_DSN set
// for PostgreSQL) and log the load time, the time of grouped totals and the
// query plans, which search the indexes rather than scan the table.
package grants
