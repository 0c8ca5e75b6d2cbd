package claims

import "github.com/fundclaims/fundclaims/currency"

// scales are the factors a figure is most often slipped by: "£33,900,000"
// printed for £33.9 billion is millions for billions, a factor of 1,000.
var scales = [...]struct {
	factor     int64
	words      string // "1,000"
	less, more string // "a thousandth", "a thousand times"
}{
	{1_000, "1,000", "a thousandth of", "a thousand times"},
	{1_000_000, "1,000,000", "a millionth of", "a million times"},
}

// scaleSlip adds to the explanation of f, a finding on a stated amount
// weighed and found wrong or unlike the record, that its digits are the
// record's exact amount at a thousand or a million times the scale, or a
// thousandth or a millionth of it: "£33,900,000 a year" for the £33.9bn
// settlement. Such a figure is most likely a slip of scale in its source,
// not another figure, and a reader should know it; the verdict stands, as
// the figure was printed. The term is not compared, since a slip of scale
// often comes with a garbled term.
func (x *assessor) scaleSlip(f *Finding) {
	switch f.Verdict {
	case Understated, Overstated, NotLikeForLike, NotSupported:
	default:
		return
	}
	st, rec := f.Stated.Nominal(), f.Recorded.Nominal()
	if f.Recorded.Bound() != currency.Exact || st.Currency() != rec.Currency() || st.Sign() <= 0 {
		return
	}
	// Which of the two is the smaller does not depend on the scale tried.
	small, big, more := st, rec, false
	if c, err := st.Compare(rec); err != nil || c > 0 {
		small, big, more = rec, st, true
	}
	// The factors rise: once one takes small past big, the larger ones
	// do too, and most figures found wrong are within a thousand times the
	// record, so that one product is compared, not one for each scale.
	for _, sc := range scales {
		words := sc.less
		if more {
			words = sc.more
		}
		times, err := small.MulInt(sc.factor)
		if err != nil {
			return
		}
		c, err := times.Compare(big)
		if err != nil || c > 0 {
			return
		}
		if c == 0 {
			p := &x.p
			p.s(" ").q(f.Stated.Text()).s(" has the digits of the record’s ")
			p.money(rec).s(" at ").s(words).s(" its scale (").full(small).s(" × ").s(sc.words).s(" = ").full(big).
				s("): it looks like a slip of scale rather than another figure.")
			return
		}
	}
}
