package funding

// A Line is one allocation of a package's itemisation, at any depth, as a
// report lists it: the Allocation, the Path of titles that leads to it
// from the top ("Greater Manchester › Transport", each title or, for one
// with none, its ID), and, for an allocation itemised in turn, how its own
// allocations reconcile with its figure, in Reconciliation.String's words
// without the ID: `the named parts, £125,000,000, are part of "£170
// million"; the unnamed remainder is between £44,500,000 and £45,500,000`.
// Reconciled is "" for an allocation with no allocations of its own.
type Line struct {
	Allocation Allocation
	Path       string
	Reconciled string
}

// Lines returns p's allocations and their sub-allocations, depth first,
// each as a Line, so that every report lists a nested itemisation the same
// way and reconciles every level. If p cannot be reconciled it returns the
// lines with no Reconciled, so that a report can still list them, and the
// errors of Reconcile.
func (p Package) Lines() ([]Line, error) {
	lines := appendLines(nil, p.Allocations, "")
	r, err := p.Reconcile()
	if err != nil {
		return lines, err
	}
	for _, n := range r.Nested {
		for i := range lines {
			if lines[i].Allocation.ID == n.Allocation {
				n.Allocation = ""
				lines[i].Reconciled = n.String()
				break
			}
		}
	}
	return lines, nil
}

// appendLines appends the lines of as and their sub-allocations to dst,
// depth first, each path under parent ("" at the top).
func appendLines(dst []Line, as []Allocation, parent string) []Line {
	for _, a := range as {
		path := a.Title
		if path == "" {
			path = a.ID
		}
		if parent != "" {
			path = parent + " › " + path
		}
		dst = append(dst, Line{Allocation: a, Path: path})
		dst = appendLines(dst, a.Allocations, path)
	}
	return dst
}
