package claims

// announcedElsewhere reports whether the package's announcer is known only
// as the speaker of a later sentence opening on a participle of
// announcing ("Announcing the measure in the House of Commons, he told
// MPs …"), not from the announcing sentence s, in a news report: the
// report's own sentence announcing the money ("… as it emerged a £300
// million fund … is going to …") attributes it to no one, and is no one's
// claim. A press release's sentences are its publisher's, and stay so.
func (d *drafter) announcedElsewhere(s Span) bool {
	a := d.announcer
	if a.IsZero() || a.Start >= s.Start && a.End <= s.End {
		return false
	}
	return d.announcingLead(a) && !d.saidLines()
}
