package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// postActing returns the speaker named only by a post, or the body, that
// opens the clause c with a verb in the past straight after it: "The
// First Minister ridiculed his position", "The Scottish Government
// rejected the claim", before ", pointing out that …". A participle of
// speech after such a clause is the post's holder's, whom finish looks
// for as it does for any post (see roleOnly), or the body's; a pronoun's
// possession after the verb ("his position") names the one the holder
// answers, so the holder is not the speaker heard just before. The post
// or body must be "the" and at most four capitalised words, so that a clause opened by lower-case words
// ("The roofs leaked badly") names no speaker, rather than the whole
// clause read as a body's name.
func (d *quoteDrafter) postActing(c Span) (attribution, bool) {
	s := d.text
	c = stripLeading(s, c)
	var words []Span
	for w := range wordsIn(s, c.Start, c.End) {
		words = append(words, w)
		if len(words) > 6 {
			break
		}
	}
	if len(words) < 3 || !strings.EqualFold(s[words[0].Start:words[0].End], "the") {
		return attribution{}, false
	}
	for i, w := range words[1:] {
		word := s[w.Start:w.End]
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			continue
		}
		if i == 0 || i > 4 || !strings.HasSuffix(word, "ed") {
			return attribution{}, false
		}
		post := Span{Start: words[0].Start, End: words[i].End}
		if hasOrgWord(s[post.Start:post.End]) {
			// "The Scottish Government rejected the claim": the body.
			if org, ok := orgName(s, post); ok {
				return attribution{org: org, span: post, sure: Explicit}, true
			}
			return attribution{}, false
		}
		att, ok := d.roleOnly(post)
		if ok && i+2 < len(words) {
			next := s[words[i+2].Start:words[i+2].End]
			att.answers = possessivePronoun(next) != 0 || next == "their"
		}
		return att, ok
	}
	return attribution{}, false
}

// answeredBy returns the speaker of the claim after the one at i when att
// answers another (see postActing) and that claim, in the next
// paragraph, names its speaker by a pronoun alone ("She said: …"): the
// holder of the post goes on speaking, whom the pronoun names. It returns
// "" otherwise.
func (d *quoteDrafter) answeredBy(i int, att attribution) string {
	if !att.answers || i+1 >= len(d.who) {
		return ""
	}
	next := d.who[i+1]
	if next.key == "" || next.span.Start <= att.span.End || d.paraOf(next.span.Start) != d.paraOf(att.span.Start)+1 {
		return ""
	}
	if pronoun(d.text[next.span.Start:next.span.End]) == 0 {
		return ""
	}
	return next.key
}
