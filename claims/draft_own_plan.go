package claims

import "github.com/fundclaims/fundclaims/currency"

// sharedAsWhole reports whether sa, a stated amount of the claim c, is
// the headline's figure in words of receiving ("Health services … will
// benefit from more than £2 billion of additional spend, Finance Secretary
// Derek Mackay has announced") in the sentence announcing the package,
// which no allocation holds, when the package has no announcer yet: the
// package as its beneficiaries get it, so that the quotation's speaker
// announces it, as linked then reads the figure (the whole, not a share).
// An announcer the sentence names otherwise ("has been announced by …")
// stays.
func (d *drafter) sharedAsWhole(c drafted, sa StatedAmount) bool {
	head := d.ms[d.headline].Figure
	return sa.Role == RoleShare && d.who.IsZero() && c.announces(d) && sa.Figure.Equal(head) && !d.allocated(head)
}

// approaches reports whether f is a sum the figure head allows at or below
// its amount: "£2.7 million" for "nearly £3 million", the package stated
// by what its bound allows. A sum above it ("£5 billion" beside "more than
// £2 billion") is other money, however open the bound.
func approaches(head, f currency.Figure) bool {
	c, err := f.Nominal().Compare(head.Nominal())
	return err == nil && c <= 0 && head.Admits(f.Nominal())
}

// ownPlan reports whether the claim c, drafted as dc, is the announcer's
// own statement of the plan: the sentence announcing the package, or a
// quotation of the named announcer ("The Scottish Budget proposes an
// additional £2 billion of investment", said by the Finance Secretary who
// announces more than £2 billion). A plan its own announcer proposes at the
// package's sum is the package, not a counterproposal to it.
func (d *drafter) ownPlan(c Claim, dc drafted) bool {
	return dc.announces(d) || d.who.Name != "" && c.Speaker.Name == d.who.Name
}

// ownWords reports whether the claim c is spoken by the named person who
// speaks the announcer's claim a: a speaker does not dispute or welcome
// their own announcement.
func ownWords(a, c drafted) bool {
	return a.claim.Speaker.Name != "" && c.claim.Speaker.Name == a.claim.Speaker.Name
}
