package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// wholeToCount makes the money of the mention m the package's one
// allocation, to the c recipients the words at name name, its title the
// words at title and its count read at count ("90 organisations would be
// funded", "the funding … in more than 300 projects"), and drafts its
// fields. The allocations drafted before, if any, become its parts, the
// package's only allocation being the first: their fields move under it.
// partial says whether the parts leave some of it unnamed ("Projects
// approved in this round include …"), read at the words at title.
func (d *drafter) wholeToCount(m currency.Mention, c funding.Count, title, count, name Span, partial bool) {
	a := allocationOf(m)
	a.Count = c
	a.Title = d.in(title)
	a.Recipients = []funding.Org{{Name: d.in(name)}}
	a.Allocations = d.pkg.Allocations
	a.Partial = partial
	a.ID = d.allocationID(a)
	d.pkg.Allocations = []funding.Allocation{a}
	for i := range d.out.Fields {
		f := &d.out.Fields[i]
		if rest, ok := strings.CutPrefix(f.Path, "packages[0].allocations["); ok {
			f.Path = "packages[0].allocations[0].allocations[" + rest
		}
	}
	path := "packages[0].allocations[0]"
	d.field(path+".id", Span{}, Guessed)
	d.field(path+".amount", span(m), Inferred)
	d.field(path+".count", count, Explicit)
	d.field(path+".title", title, Inferred)
	d.field(path+".recipients[0]", name, Inferred)
	if partial {
		d.field(path+".partial", title, Inferred)
	}
}
