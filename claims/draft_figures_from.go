package claims

import (
	"slices"
	"strings"
)

// documentOwner returns the body that the article, anywhere in it, says
// put out a document of the noun noun ("figures", "data", "report"): the
// words after "<noun> from", "<noun> by", "<noun> published by" or
// "<noun> compiled by" that name a body, to the clause's end, as in "The
// fresh figures from the School Cuts campaign, run by the National
// Education Union, suggest …". A source given only as "new figures" or
// "the figures" is that body's, Inferred; so is one given as "the data"
// where the article names the body's "figures" (see dataNouns). It
// returns false if the article names no such body.
func (d *quoteDrafter) documentOwner(noun string) (attribution, bool) {
	nouns := []string{noun}
	if slices.Contains(dataNouns, noun) {
		nouns = dataNouns
	}
	for _, n := range nouns {
		if att, ok := d.documentOwnerOf(n); ok {
			return att, true
		}
	}
	return attribution{}, false
}

// dataNouns name one body's numbers by any of their names: "the fresh
// figures from the School Cuts campaign" are what "The data suggests"
// means.
var dataNouns = []string{"figures", "data", "statistics", "analysis", "numbers"}

// documentOwnerOf returns the body the article says put out a document
// of the noun noun, as documentOwner does for each of its nouns.
func (d *quoteDrafter) documentOwnerOf(noun string) (attribution, bool) {
	if o, seen := d.owners[noun]; seen {
		return o.att, o.ok
	}
	att, ok := d.findOwner(noun)
	if d.owners == nil {
		d.owners = make(map[string]owned)
	}
	d.owners[noun] = owned{att, ok}
	return att, ok
}

// findOwner searches the article for the body that put out a document of
// the noun noun, for documentOwnerOf.
func (d *quoteDrafter) findOwner(noun string) (attribution, bool) {
	s := d.text
	for _, link := range [...]string{" from ", " by ", " published by ", " compiled by "} {
		key := " " + noun + link
		for at := 0; ; {
			k := strings.Index(s[at:], key)
			if k < 0 {
				break
			}
			from := at + k + len(key)
			at = from
			end := from + strings.IndexAny(s[from:min(len(s), from+80)], ",.;:!?()\n")
			if end < from {
				end = min(len(s), from+80)
			}
			who := ownerName(s, Span{Start: from, End: end})
			if org, ok := orgName(s, who); ok && who.End > who.Start {
				return attribution{org: org, span: who, sure: Inferred}, true
			}
		}
	}
	return attribution{}, false
}

// ownerName returns the words at the start of c that name a body: an
// optional "the", capitalised words (with "of", "for", "and" or "&"
// between them) and one lower-case noun of a body after them ("the School
// Cuts campaign", "Transport Focus" of "Transport Focus covers every
// route"), up to the clause's verb.
func ownerName(s string, c Span) Span {
	out := Span{Start: c.Start, End: c.Start}
	caps := 0
	for w := range wordsIn(s, c.Start, c.End) {
		word := s[w.Start:w.End]
		switch {
		case out.End == c.Start && (word == "the" || word == "The"):
		case capitalisedWord(word):
			caps++
		case caps > 0 && (word == "of" || word == "for" || word == "and" || word == "&"):
			continue // a tie, kept only if a capitalised word follows
		case caps > 0 && ownerNoun(word):
			return Span{Start: c.Start, End: w.End}
		default:
			return out
		}
		out.End = w.End
	}
	return out
}

// ownerNoun reports whether w is a noun of a body that ends its name in
// lower case: "the School Cuts campaign", "the Tenants' group".
func ownerNoun(w string) bool {
	switch w {
	case "campaign", "group", "alliance", "union", "charity", "trust", "network", "coalition", "partnership",
		"association", "foundation", "institute", "think-tank", "committee", "commission":
		return true
	}
	return false
}

// unownedDocument reports whether the words s[c] before a document's noun
// give it no owner: none, or only a determiner or a word of time ("new
// figures", "the latest data", "fresh research").
func unownedDocument(s string, c Span) bool {
	for _, w := range strings.Fields(s[c.Start:c.End]) {
		switch strings.ToLower(w) {
		case "the", "new", "fresh", "latest", "recent", "these", "those", "official", "newly", "published", "released":
		default:
			return false
		}
	}
	return true
}
