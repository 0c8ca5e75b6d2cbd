package grants

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// Loaded reports what one Load did.
type Loaded struct {
	// Source is the name the grants were loaded under.
	Source string
	// Read is how many grants the file held, Rejected ones included.
	Read int
	// Added is how many grants were new to the store and added.
	Added int
	// Skipped is how many grants the store already held, by id, and left
	// as they were: those loaded before from this Source, and the
	// Duplicates.
	Skipped int
	// Duplicates are the Skipped grants first loaded from another source:
	// a grant id is counted once, under its first source, and the later
	// copy is only recorded, so that totals can say how many they set
	// aside.
	Duplicates []Duplicate
	// Rejected holds one error per grant that was not loaded because it is
	// bad, a *funding.GrantError naming the grant and the field.
	Rejected []error
}

// A Duplicate is a grant id loaded again from a source other than the one
// it was first loaded from.
type Duplicate struct {
	// ID is the grant's id.
	ID string
	// First is the source the store keeps the grant from.
	First string
}

// batchSize is how many grants one INSERT writes: 14 parameters each keeps
// a batch well inside SQLite's and PostgreSQL's limits on parameters.
const batchSize = 500

// Load reads the 360Giving grants file r and adds its grants to the
// store under the name source (such as the file's path), all in one
// transaction, in batches. Grant ids are keys: a grant whose id the store
// already holds is skipped and left as it is, so loading a file twice adds
// nothing, and a grant id that another source loaded first is recorded as
// a Duplicate and counted once. A grant is stored as the file has it: its
// id, title, first funder and first recipient (their ids and names), its
// programme's code and title, its currency and amount, and its award date
// and the UK financial year of that date, and its regrantType
// (funding.Allocation's Regrant) if the file marks it as a regrant.
//
// A bad grant is not loaded and is reported in Rejected, and the others
// are: one with no award date (funding.ErrMissing), or an amount finer
// than its currency's minor unit or beyond 2⁶³−1 of them (funding.ErrRange),
// since those cannot be summed exactly in both dialects. So is a grant
// the 360Giving reader leaves out (funding.Read360Giving for a file whose
// first character is "{", funding.Read360GivingCSV for any other), each
// reported as the *funding.GrantError that names it.
//
// Load returns an error, and leaves the store as it was, if the file
// cannot be read as 360Giving, if ctx is done before the load commits (the
// error matches ctx.Err()), or if the database fails.
func (s *Store) Load(ctx context.Context, source string, r io.Reader) (Loaded, error) {
	gs, rejected, err := read360(r)
	if err != nil {
		return Loaded{Source: source}, fmt.Errorf("grants: loading %q: %w", source, err)
	}
	return s.load(ctx, source, gs, rejected)
}

// load adds gs to the store under source, in one transaction.
func (s *Store) load(ctx context.Context, source string, gs []grant, rejected []error) (Loaded, error) {
	l := Loaded{Source: source, Read: len(gs) + len(rejected), Rejected: rejected}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Loaded{Source: source}, fmt.Errorf("grants: loading %q: %w", source, err)
	}
	if err := s.loadTx(ctx, tx, source, gs, &l); err != nil {
		// The transaction's work is undone; an error rolling back is
		// the database's or the cancelled context's, already reported.
		_ = tx.Rollback()
		return Loaded{Source: source}, fmt.Errorf("grants: loading %q: %w", source, err)
	}
	if err := tx.Commit(); err != nil {
		return Loaded{Source: source}, fmt.Errorf("grants: loading %q: %w", source, err)
	}
	return l, nil
}

// loadTx writes gs in batches within tx, filling in l.
func (s *Store) loadTx(ctx context.Context, tx *sql.Tx, source string, gs []grant, l *Loaded) error {
	rows := make([][]any, 0, batchSize)
	for start := 0; start < len(gs); start += batchSize {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch := gs[start:min(start+batchSize, len(gs))]
		first, err := s.held(ctx, tx, batch)
		if err != nil {
			return err
		}
		rows = rows[:0]
		for i := range batch {
			g := &batch[i]
			if src, ok := first[g.id]; ok {
				l.Skipped++
				if src != source {
					if err := s.duplicate(ctx, tx, g.id, source); err != nil {
						return err
					}
					l.Duplicates = append(l.Duplicates, Duplicate{ID: g.id, First: src})
				}
				continue
			}
			row, err := s.row(source, g)
			if err != nil {
				l.Rejected = append(l.Rejected, err)
				continue
			}
			first[g.id] = source // a second copy within the file is skipped
			rows = append(rows, row)
		}
		if len(rows) == 0 {
			continue
		}
		res, err := tx.ExecContext(ctx, s.insert(len(rows)), flatten(rows)...)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		l.Added += int(n)
		l.Skipped += len(rows) - int(n) // added meanwhile by another load
	}
	return nil
}

// held returns the source of each grant of batch the store already holds.
func (s *Store) held(ctx context.Context, tx *sql.Tx, batch []grant) (map[string]string, error) {
	var q strings.Builder
	q.WriteString("SELECT id, source FROM grants WHERE id IN (")
	args := make([]any, len(batch))
	for i := range batch {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteString(s.dialect.placeholder(i + 1))
		args[i] = batch[i].id
	}
	q.WriteByte(')')
	rows, err := tx.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	first := make(map[string]string, len(batch))
	for rows.Next() {
		var id, src string
		if err := rows.Scan(&id, &src); err != nil {
			return nil, err
		}
		first[id] = src
	}
	return first, rows.Err()
}

// duplicate records that source holds grant id too, once, and counts it
// against the grant.
func (s *Store) duplicate(ctx context.Context, tx *sql.Tx, id, source string) error {
	p := s.dialect.placeholder
	res, err := tx.ExecContext(ctx, "INSERT INTO duplicates (id, source) VALUES ("+p(1)+", "+p(2)+") ON CONFLICT DO NOTHING", id, source)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err // already recorded by an earlier load of source
	}
	_, err = tx.ExecContext(ctx, "UPDATE grants SET duplicates = duplicates + 1 WHERE id = "+p(1), id)
	return err
}

// columns are the grants columns Load writes, in the order of row.
const columns = "id, source, title, funder_id, funder, recipient_id, recipient, programme, programme_title, currency, amount, award_date, fiscal_year, regrant"

// row returns the values of g's columns, or a *funding.GrantError if g
// cannot be stored exactly.
func (s *Store) row(source string, g *grant) ([]any, error) {
	if g.awarded.IsZero() {
		return nil, &funding.GrantError{Grant: g.id, Field: "awardDate", Err: fmt.Errorf("%w: want a date to file the grant under a financial year", funding.ErrMissing)}
	}
	amount, err := s.dialect.amountArg(g.amount)
	if err != nil {
		return nil, &funding.GrantError{Grant: g.id, Field: "amountAwarded", Err: err}
	}
	code, _ := g.amount.Currency().Value()
	return []any{g.id, source, g.title, g.funderID, g.funder, g.recipientID, g.recipient,
		g.programme, g.programmeTitle, code, amount, g.awarded.String(), int(g.awarded.FiscalYear()), g.regrant}, nil
}

// insert returns the statement that adds n grants, leaving any whose id is
// already held.
func (s *Store) insert(n int) string {
	cols := strings.Count(columns, ",") + 1
	var q strings.Builder
	q.WriteString("INSERT INTO grants (" + columns + ") VALUES ")
	for i := range n {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteByte('(')
		for j := range cols {
			if j > 0 {
				q.WriteByte(',')
			}
			q.WriteString(s.dialect.placeholder(i*cols + j + 1))
		}
		q.WriteByte(')')
	}
	q.WriteString(" ON CONFLICT (id) DO NOTHING")
	return q.String()
}

// flatten returns rows' values in one list.
func flatten(rows [][]any) []any {
	out := make([]any, 0, len(rows)*len(rows[0]))
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}
