package claims

// A Verdict is what the record says about one assertion of a claim. The
// verdicts for figures are Accurate, Rounded, Understated, Overstated,
// NotSupported and NotLikeForLike; judgements ("too little", "too late",
// endorsements, proposals) get Opinion, which is no verdict of true or
// false: their findings give the evidence instead.
//
// The zero Verdict is VerdictUnknown: no verdict at all. Assess gives it
// to nothing it assesses; it marks a Finding that was made some other way.
// NotAssessed, by contrast, is Assess's answer for a figure it weighed and
// found it could not set against the record, with the reason.
type Verdict int

// The verdicts.
const (
	// VerdictUnknown is the zero Verdict: no verdict.
	VerdictUnknown Verdict = iota

	// Accurate: the recorded figure is what was said, or satisfies its
	// bound ("at least £4m" against £4,000,000).
	Accurate

	// Rounded: the figure was not what the record has, but the precision
	// of its wording admits the recorded figure (£2.4m is "£2m" to the
	// nearest £1m) and the error is within the tolerance of Options; or a
	// strict hedge names the record's money exactly ("almost £250m" for
	// £250,000,000), so that only the hedge is off, by a hair.
	Rounded

	// Understated: the figure said is less than the record has, by more
	// than rounding allows.
	Understated

	// Overstated: the figure said is more than the record has, by more
	// than rounding allows.
	Overstated

	// NotSupported: the record cannot confirm the claim: a headline its
	// own itemisation falls short of, a count the record does not hold, a
	// ratio with no base figures.
	NotSupported

	// NotLikeForLike: the claim compares things that differ in purpose,
	// kind of spending, period or currency, so its arithmetic, however
	// exact, does not bear on the record.
	NotLikeForLike

	// Inconsistent: the claim's own figures disagree with one another,
	// whatever the record says: "a 9% increase, £600,000 more a year" on
	// a budget of £20m, where 9% would be £1.8m. At least one of them is
	// wrong; the finding gives the base each implies and how far apart
	// they are.
	Inconsistent

	// NotAssessed: the figure is not what the claim is weighed against.
	// Its role in the claim is another (an amount needed, a previous
	// level, a share the record does not itemise, a change) or unknown,
	// or it is stated in other terms (per year, in real terms) than the
	// record can convert; the finding says which, and why.
	NotAssessed

	// Opinion: a judgement ("too little", "too late", "puts victims
	// first") or a position (a counterproposal), which has no true or
	// false verdict. The finding gives the evidence that bears on it.
	Opinion
)

var verdicts = enum{typ: "Verdict", names: []string{
	VerdictUnknown: "unknown",
	Accurate:       "accurate",
	Rounded:        "rounded",
	Understated:    "understated",
	Overstated:     "overstated",
	NotSupported:   "not supported",
	NotLikeForLike: "not like for like",
	Inconsistent:   "inconsistent",
	NotAssessed:    "not assessed",
	Opinion:        "opinion",
}}

// String returns the verdict's name in lower case: "unknown", "accurate",
// "rounded", "understated", "overstated", "not supported", "not like for
// like", "inconsistent", "not assessed" or "opinion"; "Verdict(12)" for a
// value outside the list.
func (v Verdict) String() string { return verdicts.name(int(v)) }

// ParseVerdict returns the verdict named s, as String writes it. Case and
// the separators between words do not matter: "Not-Supported" and
// "not_supported" are NotSupported. "unknown" gives VerdictUnknown.
//
// ParseVerdict returns a *ParseError matching ErrSyntax if s names no
// verdict.
func ParseVerdict(s string) (Verdict, error) {
	v, err := verdicts.parse("ParseVerdict", s, true)
	return Verdict(v), err
}

// MarshalText returns the verdict's name. It returns an error matching
// ErrRange for a value outside the list.
func (v Verdict) MarshalText() ([]byte, error) { return verdicts.marshal(int(v)) }

// UnmarshalText sets v to the verdict named by text, as ParseVerdict reads
// it.
func (v *Verdict) UnmarshalText(text []byte) error {
	p, err := ParseVerdict(string(text))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// Rating returns the verdict's ClaimReview ratingValue on a scale from 1
// (worst) to 5 (best), or 0 for a verdict that is not a rating of truth:
//
//	5 accurate
//	4 rounded
//	3 not like for like
//	2 understated, overstated, inconsistent
//	1 not supported
//	0 opinion, not assessed, unknown (no ratingValue is published)
func (v Verdict) Rating() int {
	switch v {
	case Accurate:
		return 5
	case Rounded:
		return 4
	case NotLikeForLike:
		return 3
	case Understated, Overstated, Inconsistent:
		return 2
	case NotSupported:
		return 1
	}
	return 0
}

// Label returns the verdict as a short phrase for headlines and for
// ClaimReview's alternateName: "Accurate", "Rounded", "Understated",
// "Overstated", "Not supported by the record", "Not like for like",
// "Inconsistent: its own figures disagree", "Opinion: no true or false verdict", or "Not assessed" for NotAssessed,
// VerdictUnknown and values outside the list.
func (v Verdict) Label() string {
	switch v {
	case Accurate:
		return "Accurate"
	case Rounded:
		return "Rounded"
	case Understated:
		return "Understated"
	case Overstated:
		return "Overstated"
	case NotSupported:
		return "Not supported by the record"
	case NotLikeForLike:
		return "Not like for like"
	case Inconsistent:
		return "Inconsistent: its own figures disagree"
	case Opinion:
		return "Opinion: no true or false verdict"
	}
	return "Not assessed"
}
