package claims

import (
	"strconv"
	"strings"
)

// countReadAt returns the ID of the package's allocation whose count was
// read from the words at at, in the article, and true: a claim stating
// that count ("90 organisations would be funded", reported) states the
// allocation's recipients, as fundedCount drafted them, and no measure,
// which they no longer are.
func (d *drafter) countReadAt(at Span) (string, bool) {
	for _, f := range d.out.Fields {
		rest, ok := strings.CutPrefix(f.Path, "packages[0].allocations[")
		if !ok || f.Span != at {
			continue
		}
		i, after, ok := strings.Cut(rest, "]")
		if !ok || after != ".count" {
			continue
		}
		if n, err := strconv.Atoi(i); err == nil && n < len(d.pkg.Allocations) {
			return d.pkg.Allocations[n].ID, true
		}
	}
	return "", false
}
