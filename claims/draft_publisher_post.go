package claims

import "strings"

// publisherPost returns the organisation of a speaker the article names
// only by a post ("the Education Minister said:", "the Minister
// commented:"), when the article is a public body's press release: the
// publisher DraftRecordFrom was given, as the release names itself
// ("Department of Education"), whose minister or officer the post is, since
// a release quotes its own people by post and others by name. A release
// is told by the publisher's name, a public body's (see publicBodyName); a
// news outlet's report is its own, of no body, and the post there stays a
// post of no organisation the record can give.
func (d *drafter) publisherPost(role string) (string, bool) {
	pub := d.given.Publisher
	if role == "" || !publicBodyName(pub) {
		return "", false
	}
	return pub, true
}

// publicBodyName reports whether name names a public body by a word of
// its kind ("Department of Education", "Welsh Government", "Southend-on-Sea
// City Council", "Home Office", a Police and Crime Commissioner, whose
// office publishes as the Commissioner), as no news outlet's name does.
func publicBodyName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "Department", "Government", "Council", "Ministry", "Office", "Executive", "Authority", "Assembly", "Parliament", "Commissioner":
			return true
		}
	}
	return false
}

// moneyLine reports whether the sentence s is a headline-style line (see
// standfirst) that opens on its money: "More than £60 million for pilot
// projects …", "£25m of total investment into our services, including;".
// Such a line sums up, as a standfirst bullet does, where a release
// announcing in a sentence gives its money a subject and a verb ("The
// agreed budget includes … £169m …").
func (d *drafter) moneyLine(s Span) bool {
	i, j := d.mentionsIn(s)
	return i < j && d.ms[i].Start == s.Start && d.standfirst(s)
}

// publishedByBody reports whether the caller (DraftRecordFrom) names the
// article's publisher as a public body (see publicBodyName): the article
// is then that body's release, whose own sentences are its words, however
// it sets its quotations.
func (d *drafter) publishedByBody() bool {
	return publicBodyName(d.given.Publisher)
}
