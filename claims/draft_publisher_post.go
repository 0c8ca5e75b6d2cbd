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
// City Council", "Home Office"), as no news outlet's name does.
func publicBodyName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "Department", "Government", "Council", "Ministry", "Office", "Executive", "Authority", "Assembly", "Parliament":
			return true
		}
	}
	return false
}
