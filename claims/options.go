package claims

import "github.com/shopspring/decimal"

// DefaultTolerance is the tolerance for rounding when Options leaves it zero:
// a figure whose wording admits the recorded amount is Rounded if it is
// within 10 per cent of it, and Understated or Overstated beyond that. So
// "£2.4m" for £2,395,000 (0.2% off) is Rounded, but "£2m" for £2,400,000
// (16.7% off) is Understated, though £2.4m rounds to £2m at the nearest
// £1m.
const DefaultTolerance = 10

// Options tune Assess. The zero Options assess with the defaults.
type Options struct {
	// Tolerance is the largest error, in per cent of the recorded figure,
	// that a figure may have and still be Rounded rather than Understated
	// or Overstated; it applies only when the wording's precision admits
	// the recorded figure. The zero Tolerance means DefaultTolerance; a
	// negative one means none, so that only exact figures are Accurate and
	// nothing is Rounded.
	Tolerance decimal.Decimal
}

// tolerance returns the tolerance o sets, in per cent, with the default
// applied.
func (o Options) tolerance() decimal.Decimal {
	switch o.Tolerance.Sign() {
	case 0:
		return decimal.NewFromInt(DefaultTolerance)
	case -1:
		return decimal.Decimal{}
	}
	return o.Tolerance
}
