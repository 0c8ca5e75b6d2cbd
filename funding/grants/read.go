package grants

import (
	"bufio"
	"bytes"
	"errors"
	"io"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// A grant is one 360Giving grant as the store keeps it.
type grant struct {
	id, title                 string
	funderID, funder          string
	recipientID, recipient    string
	programme, programmeTitle string
	amount                    currency.Amount
	awarded                   funding.Date
	regrant                   string // a 360Giving Regrant Type code, or ""
}

// read360 reads a 360Giving file, JSON or the titled-column CSV, into
// grants, with one error for each grant the reader could not read, or
// fails for the file as a whole. A file whose first character after any
// byte-order mark and white space is "{" is JSON; any other is CSV. It is
// the one place the store calls funding's readers, and it passes on no
// warnings: what they read past, the store keeps as read.
func read360(r io.Reader) ([]grant, []error, error) {
	br := bufio.NewReader(r)
	read := funding.Read360GivingCSV
	if head, _ := br.Peek(512); bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n"), []byte("{")) {
		read = funding.Read360Giving
	}
	ps, err := read(br, nil)
	rejected, err := grantErrors(ps, err)
	if err != nil {
		return nil, nil, err
	}
	return fromPackages(ps), rejected, nil
}

// grantErrors splits what funding's 360Giving reader returned into the
// errors of single grants, which it left out and read the others, and an
// error for the file as a whole. A reader that gives no packages with its
// error has failed for the whole file, whatever the error; one that gives
// packages read every grant it could, and its error joins one
// *funding.GrantError per grant left out.
func grantErrors(ps []funding.Package, err error) ([]error, error) {
	if err == nil {
		return nil, nil
	}
	if ps == nil {
		return nil, err
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	for _, e := range errs {
		if ge := (*funding.GrantError)(nil); !errors.As(e, &ge) {
			return nil, err
		}
	}
	return errs, nil
}

// fromPackages returns the grants of packages as Read360Giving gives them:
// one per allocation, its programme the package's ID and Title, except for
// a package the reader made of a grant with no programme, whose ID is the
// grant's. A grant's recipient is its first; its award date the
// allocation's, or the package's if the allocation has none.
func fromPackages(ps []funding.Package) []grant {
	n := 0
	for _, p := range ps {
		n += len(p.Allocations)
	}
	gs := make([]grant, 0, n)
	for _, p := range ps {
		programme, title := p.ID, p.Title
		if len(p.Allocations) == 1 && p.Allocations[0].ID == p.ID {
			programme = ""
		}
		for _, a := range p.Allocations {
			g := grant{
				id: a.ID, title: a.Title,
				funderID: p.Funder.ID, funder: p.Funder.Name,
				programme: programme, programmeTitle: title,
				amount: a.Amount, awarded: a.Awarded, regrant: a.Regrant,
			}
			if len(a.Recipients) > 0 {
				g.recipientID, g.recipient = a.Recipients[0].ID, a.Recipients[0].Name
			}
			if g.awarded.IsZero() {
				g.awarded = p.Announced
			}
			gs = append(gs, g)
		}
	}
	return gs
}
