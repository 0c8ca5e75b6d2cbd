package grants

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// A Query chooses the grants a Total sums and how it breaks them down.
// Every filter that is set must hold; the zero Query chooses every grant
// in GBP, ungrouped. Names match exactly, case and spaces included.
type Query struct {
	// Funder is the funding organisation's name or its identifier.
	Funder string
	// Recipient is the first recipient organisation's name or identifier.
	Recipient string
	// Programme is the grant programme's title or code.
	Programme string
	// Year is the UK financial year of the award date.
	Year funding.FiscalYear
	// From and To bound the award date, both days included; the zero Date
	// leaves that end open.
	From, To funding.Date
	// Currency is the currency summed; the zero Code means GBP. Grants in
	// other currencies are counted in Total.Excluded, never added in.
	Currency currency.Code
	// By breaks the total down.
	By Group
}

// A Total is the exact sum of the grants a Query chose, with what it rests
// on and what it left out.
type Total struct {
	// Query is the query answered, its Currency filled in.
	Query Query
	// All sums every grant in the query's Currency that the query chose.
	All Row
	// Rows break All down by the query's Group, one per value, ordered by
	// Key; nil when the query is Ungrouped.
	Rows []Row
	// Excluded are the grants the query chose in other currencies, one
	// Row per currency with its code as Key, ordered by code. They are not
	// in All: a total never adds one currency to another.
	Excluded []Row
	// Sources are the sources (the files' names, as loaded) of the grants
	// summed and excluded, in order.
	Sources []string
	// SQL is the query behind the total, with its values written in, for
	// anyone to run again on the same database. For SQLite its sums are
	// in minor units (pence for GBP), as the amount column is.
	SQL string
}

// A Row is the sum of some grants in one currency.
type Row struct {
	// Key is the value of the group ("2017-18" for a year; a programme's
	// title, or its code if it has none), or "" for a total of all.
	Key string
	// Amount is the exact sum of the grants, negative ones included.
	Amount currency.Amount
	// Count is how many grants are summed, zero and negative ones
	// included.
	Count int64
	// Negative is the sum of the negative grants among them (returned or
	// revoked money, as funders publish it), zero if there are none, and
	// Negatives how many there are.
	Negative  currency.Amount
	Negatives int64
	// Zeros is how many of the grants are of zero.
	Zeros int64
	// Regrant is the sum of the grants among them that their files mark
	// as regrants (360Giving's regrantType, funding.Allocation's Regrant):
	// money given to be passed on as grants, which a total of the grants
	// that pass it on counts again. Regrants is how many there are. Amount
	// includes them, since the funder awarded them; Amount less Regrant is
	// the money given to end recipients directly, or not marked otherwise.
	Regrant  currency.Amount
	Regrants int64
	// Duplicates is how many times grants summed here were loaded again
	// from another source; each is counted once, from its first source.
	Duplicates int64
}

// add adds o's sums and counts to r; both are in one currency.
func (r *Row) add(o Row) error {
	var err error
	if r.Amount, err = r.Amount.Add(o.Amount); err != nil {
		return err
	}
	if r.Negative, err = r.Negative.Add(o.Negative); err != nil {
		return err
	}
	if r.Regrant, err = r.Regrant.Add(o.Regrant); err != nil {
		return err
	}
	r.Regrants += o.Regrants
	r.Count += o.Count
	r.Negatives += o.Negatives
	r.Zeros += o.Zeros
	r.Duplicates += o.Duplicates
	return nil
}

// Total returns the exact total of the grants q chooses, in q's currency,
// broken down as q says, with the grants in other currencies counted
// apart. A query that chooses no grants gives a zero total and no rows.
//
// Total returns an error if q's Year is invalid (funding.ErrRange), its
// From is after its To (funding.ErrPeriodOrder), its Group is not one of
// the Groups (funding.ErrSyntax), or the database fails.
func (s *Store) Total(ctx context.Context, q Query) (Total, error) {
	if q.Currency.IsZero() {
		q.Currency = currency.GBP
	}
	if err := check(q); err != nil {
		return Total{}, err
	}
	st := s.totalSQL(q)
	t := Total{Query: q, SQL: st.show.String()}
	t.All = Row{Amount: currency.FromMinor(0, q.Currency), Negative: currency.FromMinor(0, q.Currency), Regrant: currency.FromMinor(0, q.Currency)}
	rows, err := s.db.QueryContext(ctx, st.run.String(), st.args...)
	if err != nil {
		return Total{}, fmt.Errorf("grants: Total: %w", err)
	}
	defer rows.Close()
	excluded := map[currency.Code]int{}
	for rows.Next() {
		r, err := s.scanRow(rows, q.By)
		if err != nil {
			return Total{}, fmt.Errorf("grants: Total: %w", err)
		}
		c := r.Amount.Currency()
		if c != q.Currency {
			i, ok := excluded[c]
			if !ok {
				i = len(t.Excluded)
				excluded[c] = i
				t.Excluded = append(t.Excluded, Row{Key: c.String(), Amount: currency.FromMinor(0, c), Negative: currency.FromMinor(0, c), Regrant: currency.FromMinor(0, c)})
			}
			if err := t.Excluded[i].add(r); err != nil {
				return Total{}, err
			}
			continue
		}
		if q.By != Ungrouped {
			t.Rows = append(t.Rows, r)
		}
		if err := t.All.add(r); err != nil {
			return Total{}, err
		}
	}
	if err := rows.Err(); err != nil {
		return Total{}, fmt.Errorf("grants: Total: %w", err)
	}
	if t.Sources, err = s.sources(ctx, q); err != nil {
		return Total{}, fmt.Errorf("grants: Total: %w", err)
	}
	// Databases order text by their own collations; Go's order is the
	// same in both.
	byKey := func(a, b Row) int { return strings.Compare(a.Key, b.Key) }
	slices.SortStableFunc(t.Rows, byKey)
	slices.SortStableFunc(t.Excluded, byKey)
	slices.Sort(t.Sources)
	return t, nil
}

// check returns an error if q cannot be answered.
func check(q Query) error {
	switch {
	case q.Year != 0 && !q.Year.Valid():
		return fmt.Errorf("grants: Total: year %v: %w: want a financial year from 0001-02 to 9998-99", q.Year, funding.ErrRange)
	case !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From):
		return fmt.Errorf("grants: Total: dates %v to %v: %w", q.From, q.To, funding.ErrPeriodOrder)
	case q.By < Ungrouped || q.By > ByYear:
		return fmt.Errorf("grants: Total: %v: %w: want a Group", q.By, funding.ErrSyntax)
	}
	return nil
}

// A statement is SQL built twice at once: to run, with placeholders and
// arguments, and to show, with the arguments written in as literals.
type statement struct {
	d         Dialect
	run, show strings.Builder
	args      []any
}

// text appends SQL text.
func (st *statement) text(s string) {
	st.run.WriteString(s)
	st.show.WriteString(s)
}

// arg appends a parameter with value v.
func (st *statement) arg(v any) {
	st.args = append(st.args, v)
	st.run.WriteString(st.d.placeholder(len(st.args)))
	st.show.WriteString(literal(v))
}

// totalSQL returns the statement that answers q: one row per group and
// currency.
func (s *Store) totalSQL(q Query) *statement {
	st := &statement{d: s.dialect}
	if s.dialect == SQLite {
		st.show.WriteString("-- amounts are INTEGER minor units of their currency (pence for GBP)\n")
	}
	st.text("SELECT ")
	if q.By != Ungrouped {
		st.text(q.By.key() + " AS key, ")
	}
	st.text(`currency, SUM(amount) AS amount, COUNT(*) AS grants,
	SUM(CASE WHEN amount < 0 THEN amount ELSE 0 END) AS negative,
	SUM(CASE WHEN amount < 0 THEN 1 ELSE 0 END) AS negatives,
	SUM(CASE WHEN amount = 0 THEN 1 ELSE 0 END) AS zeros,
	SUM(CASE WHEN regrant <> '' THEN amount ELSE 0 END) AS regrant,
	SUM(CASE WHEN regrant <> '' THEN 1 ELSE 0 END) AS regrants,
	SUM(duplicates) AS duplicates
FROM grants`)
	st.where(q)
	if q.By != Ungrouped {
		st.text("\nGROUP BY 1, currency\nORDER BY 1, currency")
	} else {
		st.text("\nGROUP BY currency\nORDER BY currency")
	}
	return st
}

// sources returns the sources of the grants q chooses.
func (s *Store) sources(ctx context.Context, q Query) ([]string, error) {
	st := &statement{d: s.dialect}
	st.text("SELECT DISTINCT source FROM grants")
	st.where(q)
	rows, err := s.db.QueryContext(ctx, st.run.String(), st.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var srcs []string
	for rows.Next() {
		var src string
		if err := rows.Scan(&src); err != nil {
			return nil, err
		}
		srcs = append(srcs, src)
	}
	return srcs, rows.Err()
}

// where appends the WHERE clause that chooses q's grants, if any.
func (st *statement) where(q Query) {
	and := "\nWHERE "
	// cond appends "col = v", or "(col = v OR alt = v)".
	cond := func(col, alt string, v any) {
		st.text(and)
		and = "\n  AND "
		if alt != "" {
			st.text("(")
		}
		st.text(col + " = ")
		st.arg(v)
		if alt != "" {
			st.text(" OR " + alt + " = ")
			st.arg(v)
			st.text(")")
		}
	}
	if q.Funder != "" {
		cond("funder", "funder_id", q.Funder)
	}
	if q.Recipient != "" {
		cond("recipient", "recipient_id", q.Recipient)
	}
	if q.Programme != "" {
		cond("programme_title", "programme", q.Programme)
	}
	if q.Year != 0 {
		cond("fiscal_year", "", int(q.Year))
	}
	if !q.From.IsZero() {
		st.text(and + "award_date >= ")
		and = "\n  AND "
		st.arg(q.From.String())
	}
	if !q.To.IsZero() {
		st.text(and + "award_date <= ")
		st.arg(q.To.String())
	}
}

// scanRow reads one row of totalSQL's result.
func (s *Store) scanRow(rows *sql.Rows, by Group) (Row, error) {
	var r Row
	var code currency.Code
	var sum, negative, regrant string
	dest := []any{&code, &sum, &r.Count, &negative, &r.Negatives, &r.Zeros, &regrant, &r.Regrants, &r.Duplicates}
	if by != Ungrouped {
		dest = append([]any{&r.Key}, dest...)
	}
	if err := rows.Scan(dest...); err != nil {
		return Row{}, err
	}
	var err error
	if r.Amount, err = s.dialect.amount(sum, code); err != nil {
		return Row{}, err
	}
	if r.Negative, err = s.dialect.amount(negative, code); err != nil {
		return Row{}, err
	}
	if r.Regrant, err = s.dialect.amount(regrant, code); err != nil {
		return Row{}, err
	}
	if by == ByYear {
		y, err := strconv.Atoi(r.Key)
		if err != nil {
			return Row{}, fmt.Errorf("the database gave the financial year %q, want a number", r.Key)
		}
		r.Key = funding.FiscalYear(y).String()
	}
	return r, nil
}
