package claims

import "sync"

// Validate and Assess index and weigh a record in tables as long as its
// lists (Assess's facts are 256 bytes a package), which they need only
// while they run. Each call hands its tables, cleared, to the next, rather
// than leave them to the garbage collector: its work follows the bytes
// allocated, and for a large record these were a third of Assess's, beside
// the findings and explanations it returns.

// A scratch keeps slices of one element type between calls.
type scratch[T any] struct{ p sync.Pool }

// get returns a slice of n zero elements.
func (s *scratch[T]) get(n int) []T {
	if b, ok := s.p.Get().(*[]T); ok && cap(*b) >= n {
		return (*b)[:n]
	}
	return make([]T, n)
}

// put clears the elements of b, which a get returned (its capacity beyond
// them is zero already), and keeps it for a later get.
func (s *scratch[T]) put(b []T) {
	clear(b)
	b = b[:0]
	s.p.Put(&b)
}

// The scratch tables of Validate and Assess.
var (
	factsScratch scratch[pkgFacts]
	slotsScratch scratch[int32]
	idsScratch   scratch[string]
	tagsScratch  scratch[uint32]
)
