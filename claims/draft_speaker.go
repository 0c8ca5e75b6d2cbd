package claims

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// An attribution is who a sentence says spoke: a person, by the full name
// the article gives them, or an organisation speaking as one.
type attribution struct {
	key    string     // the person's full name; "" for none
	org    string     // the organisation speaking as one; "" for none
	role   string     // a speaker named only by role ("the mayor"), with key and org empty
	kind   string     // speakers named only by what they are ("Critics"), with the rest empty
	span   Span       // the words naming the speaker
	sure   Confidence // how sure the attribution is
	report Span       // the reported clause before the speaker, for a sentence without quotation marks
	after  Span       // the reported clause after the verb
	verbAt int        // the end of the verb, in the article; 0 for none
	// announces: the verb announces ("has announced", "pledged"), so the
	// speaker is an announcer of the article's money; finds: it reports a
	// finding ("Scottish Government figures have revealed").
	announces, finds bool
	placed           bool // the claim is kept only if finish places its speakers named by what they are
	// answers: the speaker answers another, whose words the clause names
	// by a pronoun ("ridiculed his position"), so is not the one heard
	// just before (see lastSpeaker).
	answers bool
}

// found reports whether a names a speaker.
func (a attribution) found() bool { return a.key != "" || a.org != "" || a.role != "" || a.kind != "" }

// A speakerInfo is what the article says of one person, from every
// mention: the longest role given, the first party and organisation, with
// where each was read, and their gender where a title or pronoun gives it.
type speakerInfo struct {
	role, party, org       string
	roleAt, partyAt, orgAt Span
	gender                 byte // 'f', 'm' or 0
	heard                  bool // the person has spoken: is in the drafter's order
	titled                 bool // role is only the title of their office ("Cllr"), which any role given replaces
}

// A fullName is a person named in the article: their name as words, where,
// and their gender from a title.
type fullName struct {
	words  []string
	at     int
	gender byte
	role   string // the words of a post before the name in its run: "Prime Minister"
}

// collectNames returns the people the article names outside quotations,
// with two words or more, or a title and a name ("Sir Sadiq"), in order.
func collectNames(s string, ps []para) []fullName {
	var out []fullName
	for i := range ps {
		p := &ps[i]
		forOutside(s, p.start, p.end, p.marks, func(a, b int) {
			eachName(s, a, b, nil, func(name Span, runStart int) {
				ws := strings.Fields(s[name.Start:name.End])
				if len(ws) < 2 {
					return
				}
				n := fullName{words: ws, at: name.Start, gender: titleGender(ws[0])}
				if n.gender == 0 {
					n.gender = postGender(s, name.Start)
				}
				if pre := (Span{Start: runStart, End: name.Start}); hasRoleWord(s, pre) {
					n.role = strings.TrimSpace(s[pre.Start:pre.End])
				} else if post := openingPost(s, a, name); !post.IsZero() {
					n.role = s[post.Start:post.End]
				}
				out = append(out, n)
			})
		})
	}
	return out
}

// openingPost returns the post that opens the sentence in s from a
// before the name at name, set off from it by commas: "The Cabinet
// Secretary for Housing and Local Government, Jayne Bryant, visited …".
// The post is capitalised words, one of them naming a post, joined by
// "of", "for", "and" or "the", at most eight words after an opening
// "The"; a release names its minister so once and by the post alone
// after. It returns the zero Span if the name is not so.
func openingPost(s string, a int, name Span) Span {
	if name.End >= len(s) || s[name.End] != ',' {
		return Span{}
	}
	pre := strings.TrimRight(s[a:name.Start], " ")
	if !strings.HasSuffix(pre, ",") {
		return Span{}
	}
	pre = pre[:len(pre)-1]
	from := strings.LastIndexAny(pre, ".!?\n") + 1
	c := Span{a + from, a + len(pre)}
	c.Start, c.End = trimSpaceSpan(s, c.Start, c.End)
	n := 0
	for w := range wordsIn(s, c.Start, c.End) {
		word := s[w.Start:w.End]
		if n++; n == 1 && word == "The" {
			c.Start = w.End + 1
			continue
		}
		r, _ := utf8.DecodeRuneInString(word)
		if n > 9 || !unicode.IsUpper(r) && word != "of" && word != "for" && word != "and" && word != "the" {
			return Span{}
		}
	}
	if c.Start >= c.End || !hasRoleWord(s, c) {
		return Span{}
	}
	return c
}

// eachName calls f with each person's name in s[a:b]: the span of the name
// and the offset where the capitalised run it ends started (so that the
// words before it in the run, "Mayor of London", are a role). A name is
// one to four capitalised words after a title ("Sir Sadiq Khan",
// "Commander Clair Kelland"), or after the last word of a role in a
// capitalised run ("Health Secretary Jeremy Hunt"), or two to four
// capitalised words not after "the", "of" and the like; with known set,
// also one word that is the last of a name in known, alone or after a
// post ("Hall" for "Susan Hall", "Minister Murphy" for "Conor Murphy").
func eachName(s string, a, b int, known *nameIndex, f func(name Span, runStart int)) {
	var run [8]Span
	n := 0
	prev := ""     // the word before the run, in lower case; "" at a break
	broken := true // punctuation since the last word
	// office says that the run last flushed ended with a post and "to"
	// follows it: "Chief Secretary to", before "the Treasury Steve
	// Barclay", where prev is then "to the".
	office, lastRun := false, ""
	flush := func() {
		lastRun = ""
		for n > 0 && nameParticle(s[run[n-1].Start:run[n-1].End]) {
			n-- // "… Jo ap" before a word in lower case: no particle of a name
		}
		if n > 0 {
			if name, ok := nameInRun(s, run[:n], prev, known); ok {
				f(name, run[0].Start)
			}
			lastRun = s[run[n-1].Start:run[n-1].End]
		}
		n = 0
	}
	last := a
	for w := range wordsIn(s, a, b) {
		gap := s[last:w.Start]
		last = w.End
		if gap != " " && strings.TrimSpace(gap) != "" {
			flush()
			prev, broken = "", true
		}
		word := s[w.Start:w.End]
		r, _ := utf8.DecodeRuneInString(word)
		possessive := strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "’s") ||
			strings.HasSuffix(word, "s'") || strings.HasSuffix(word, "s’")
		if n > 0 && !broken && gap == " " && n < len(run) && nameParticle(word) {
			// "Rhun ap Iorwerth": a particle inside a name, kept in the run
			// while a capitalised word follows it.
			run[n] = w
			n++
			continue
		}
		if base := unpossessive(word); base != word && known == nil && n > 0 && !broken && gap == " " && n < len(run) && unicode.IsUpper(r) {
			// "Scottish Labour MSP Neil Bibby’s motion": a name in the
			// possessive ends its run, and is the article's name all
			// the same, so that a later "Bibby" finds it.
			run[n] = Span{Start: w.Start, End: w.Start + len(base)}
			n++
			flush()
			prev, broken = "'s", false
			continue
		}
		if unicode.IsUpper(r) && !possessive && n < len(run) && !functionWord(word) {
			if n == 0 && broken {
				prev = ""
			}
			run[n] = w
			n++
			broken = false
			continue
		}
		ran := n > 0
		flush()
		switch {
		case word == "to" && ran && roleWord(lastRun):
			office = true
			prev = word
		case word == "the" && office && prev == "to":
			office = false
			prev = "to the"
		case word == "the" && (prev == "for" || prev == "of" || prev == "and"):
			// "Minister for Rural Affairs and the Environment Jo
			// Hart": "the" inside a portfolio's words, kept with the
			// word before it so that the run after it may end on a
			// name, as after "for".
			prev += " the"
		default:
			office = false
			prev = word
		}
		broken = false
		if possessive {
			prev = "'s"
		}
	}
	flush()
}

// nameInRun returns the name a run of capitalised words ends with, if
// any; prev is the word before the run.
func nameInRun(s string, run []Span, prev string, known *nameIndex) (Span, bool) {
	word := func(i int) string { return s[run[i].Start:run[i].End] }
	for len(run) > 1 && postNominal(word(len(run)-1)) {
		run = run[:len(run)-1] // "Jane Smith MP"
	}
	h := -1
	for i := len(run) - 1; i >= 0; i-- {
		if titleWord(word(i)) {
			h = i
			break
		}
	}
	if h >= 0 {
		for h > 0 && rankWord(word(h-1)) {
			h--
		}
		if h == len(run)-1 || len(run)-h > 5 {
			return Span{}, false
		}
		for i := h + 1; i < len(run); i++ {
			if !nameWord(word(i)) {
				return Span{}, false
			}
		}
		return Span{Start: run[h].Start, End: run[len(run)-1].End}, true
	}
	r := -1
	for i := len(run) - 1; i >= 0; i-- {
		if w := word(i); !nameWord(w) || roleWord(w) {
			r = i
			break
		}
	}
	count := len(run) - r - 1
	switch {
	case prev == "to the" && len(run) >= 3 && nameWord(word(len(run)-2)) && nameWord(word(len(run)-1)) && !roleWord(word(len(run)-2)):
		// "Chief Secretary to the Treasury Steve Barclay": the body a post
		// serves, then a name, which takes the last two words.
		return Span{Start: run[len(run)-2].Start, End: run[len(run)-1].End}, true
	case count == 0 || count > 4:
		return Span{}, false
	case r >= 0 && r+3 == len(run) && (prev == "for" || prev == "and") && orgWord(word(r)) && !orgWord(word(r+1)):
		// "Minister for Housing and Local Government Julie James": a
		// portfolio ending on a body's word, and then a name of two
		// words.
		return Span{Start: run[r+1].Start, End: run[len(run)-1].End}, true
	case r == 0 && partyAdjective(word(0)) && count >= 2 && count <= 3:
		// "Conservative Don Mackenzie": a party before a name, as a post
		// is, is no part of it.
		return Span{Start: run[1].Start, End: run[len(run)-1].End}, true
	case r >= 0 && !roleWord(word(r)):
		return Span{}, false // "London Assembly", "NHS England"
	case r < 0 && count >= 3 && (prev == "for" || prev == "of" || prev == "and" ||
		prev == "for the" || prev == "of the" || prev == "and the"):
		// "Minister for Housing Carl Sargeant", "Minister for Housing
		// and Regeneration Carl Sargeant", "Minister for Rural Affairs
		// and the Environment Jo Hart": a portfolio's words and then a
		// name, which takes the last two.
		return Span{Start: run[len(run)-2].Start, End: run[len(run)-1].End}, true
	case r < 0 && (tieWord(prev) || strings.HasSuffix(prev, " the")):
		return Span{}, false // "the Conservative Group"
	case count == 1 && (known == nil || !known.last[word(len(run)-1)] && !known.givenName(word(len(run)-1))):
		// One word is a name only as the last of a name given in full:
		// "Hall" for "Susan Hall", and after a post, "Minister Murphy"
		// for "Conor Murphy"; or as the first of only one ("Andrew said"
		// after "Andrew Percy").
		return Span{}, false
	}
	return Span{Start: run[r+1].Start, End: run[len(run)-1].End}, true
}

// partyAdjective reports whether w is a party's name that is also a word
// of bodies' names, written before a member's name as an adjective:
// "Conservative", "Labour", "Reform".
func partyAdjective(w string) bool {
	switch w {
	case "Conservative", "Labour", "Reform":
		return true
	}
	return false
}

// A nameIndex finds the names of an article by their words: the last
// words of names, and for each word the distinct names holding it.
type nameIndex struct {
	last   map[string]bool
	names  [][]string
	roles  []string         // the post each name is first given with, or ""
	byWord map[string][]int // indices into names, at most maxCandidates for a word
	byRole map[string]int   // the first name given with each post, in lower case
}

// maxCandidates bounds the names one word finds, so that looking up a
// name takes bounded time however many names an article holds.
const maxCandidates = 64

// indexNames returns the nameIndex of names.
func indexNames(names []fullName) nameIndex {
	x := nameIndex{last: map[string]bool{}, byWord: map[string][]int{}, byRole: map[string]int{}}
	seen := map[string]bool{}
	for _, n := range names {
		x.last[n.words[len(n.words)-1]] = true
		// "Mr Drakeford" is indexed as "Drakeford", so that it is no
		// fuller a name than "Mark Drakeford".
		ws := n.words[titled(n.words):]
		key := strings.Join(ws, " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		x.names, x.roles = append(x.names, ws), append(x.roles, n.role)
		if low := strings.ToLower(n.role); low != "" {
			if _, ok := x.byRole[low]; !ok {
				x.byRole[low] = len(x.names) - 1
			}
		}
		for _, w := range ws {
			if len(x.byWord[w]) < maxCandidates {
				x.byWord[w] = append(x.byWord[w], len(x.names)-1)
			}
		}
	}
	return x
}

// portfolio returns the index of the one name first given with the post
// low, in lower case, and its portfolio after "for" or "of" ("cabinet
// secretary for housing" for "cabinet secretary"), and whether there is
// exactly one.
func (x *nameIndex) portfolio(low string) (int, bool) {
	found, n := -1, 0
	for r, i := range x.byRole {
		if rest, ok := strings.CutPrefix(r, low+" "); ok && (strings.HasPrefix(rest, "for ") || strings.HasPrefix(rest, "of ")) {
			found, n = i, n+1
		}
	}
	return found, n == 1
}

// roleOf returns the post the name key, in its fullest form, is first
// given with anywhere in the article ("Scottish Secretary Ian Murray"), or
// "".
func (x *nameIndex) roleOf(key string) string {
	ws := strings.Fields(key)
	if len(ws) == 0 {
		return ""
	}
	for _, i := range x.byWord[ws[len(ws)-1]] {
		if x.roles[i] != "" && strings.Join(x.names[i], " ") == key {
			return x.roles[i]
		}
	}
	return ""
}

// fullest returns the fullest form of the name of words ws: the longest
// name of the article holding ws as consecutive words, or ws itself; each
// without the titles it opens with that are no part of a name (see
// titled).
func (x *nameIndex) fullest(ws []string) string {
	ws = ws[titled(ws):]
	best := ws
	for _, i := range x.byWord[ws[len(ws)-1]] {
		if n := x.names[i]; len(n) > len(best) && holds(n, ws) {
			best = n
		}
	}
	return strings.Join(best, " ")
}

// nameWord reports whether w may be part of a person's name: a
// capitalised word, not all capitals, with no digit, that is not a word
// of organisations or places, nor one that starts sentences; or a
// particle joining a name's words (see nameParticle).
func nameWord(w string) bool {
	if nameParticle(w) {
		return true
	}
	upper := 0
	for i, r := range w {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsUpper(r):
			upper++
		case i == 0:
			return false
		}
	}
	if upper > 1 && upper == utf8.RuneCountInString(w) {
		return false // "NHS", "BBC"
	}
	return !orgWord(w) && !functionWord(w)
}

// nameParticle reports whether w is a particle in lower case that joins
// the words of a name: "ap" in "Rhun ap Iorwerth", "van" in "Jan van
// Dijk".
func nameParticle(w string) bool {
	switch w {
	case "ap", "ab", "van", "von", "der", "den", "de", "du":
		return true
	}
	return false
}

// postNominal reports whether w is letters written after a name that are
// not part of it: "MP", "OBE".
func postNominal(w string) bool {
	switch w {
	case "QC", "KC", "JP", "OBE", "MBE", "CBE", "DBE", "KBE":
		return true
	}
	return officeLetters(w)
}

// officeLetters reports whether w is the letters of an elected office
// written after a name, "MP" in "Jane Smith MP", which are the person's
// role when the article gives no other.
func officeLetters(w string) bool {
	switch w {
	case "MP", "MSP", "MS", "AM", "MLA", "MEP":
		return true
	}
	return false
}

// postNominalAt returns the span of the post-nominal letters (see
// postNominal) that follow a space at s[i:], or the zero Span.
func postNominalAt(s string, i int) Span {
	if i >= len(s) || s[i] != ' ' {
		return Span{}
	}
	j := i + 1
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	if !postNominal(s[i+1 : j]) {
		return Span{}
	}
	return Span{Start: i + 1, End: j}
}

// titleWord reports whether w is a title that is part of a name as an
// article gives it.
func titleWord(w string) bool {
	switch w {
	case "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss",
		"Mx", "Rev", "Reverend":
		return true
	}
	return officeTitle(w)
}

// rankWord reports whether w comes before a title as part of a rank:
// "Detective Chief Inspector".
func rankWord(w string) bool {
	switch w {
	case "Detective", "Chief", "Assistant", "Deputy", "Chief's":
		return true
	}
	return false
}

// titleGender returns the gender a title gives: 'm' for "Sir", 'f' for
// "Dame", 0 for none.
func titleGender(w string) byte {
	switch w {
	case "Sir", "Lord", "Mr", "Baron":
		return 'm'
	case "Dame", "Lady", "Mrs", "Ms", "Miss", "Baroness":
		return 'f'
	}
	return 0
}

// titled returns how many of the words ws open with titles that are no
// part of the name, as the corpus's records give names: a courtesy title
// ("Mr Drakeford" is "Drakeford") or the title of an office, with the
// words of its rank ("Cllr Jane Smith" and "Detective Chief Inspector Jo
// Bloggs" are "Jane Smith" and "Jo Bloggs"); an honour ("Sir", "Dr") is
// part of the name. It leaves the last word, which is the name.
func titled(ws []string) int {
	n := 0
	for i := 0; i < len(ws)-1; i++ {
		switch w := ws[i]; {
		case courtesyTitle(w) || officeTitle(w):
			n = i + 1
		case !rankWord(w):
			return n
		}
	}
	return n
}

// officeTitle reports whether w is the title of an office written before
// a name: "Cllr", "Councillor", a police rank. The office is the
// person's role, not part of their name.
func officeTitle(w string) bool {
	switch w {
	case "Cllr", "Councillor", "Coun", "Commander", "Inspector", "Superintendent", "Sergeant", "Constable", "Detective":
		return true
	}
	return false
}

// courtesyTitle reports whether w is a title that a full name is given
// without: "Mr", "Mrs", "Ms", "Miss", "Mx".
func courtesyTitle(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Miss", "Mx":
		return true
	}
	return false
}

// roleWord reports whether w, in lower case, names a post.
func roleWord(w string) bool { return roleWordSet[w] }

// roleWordSet holds the words of roleWord, in lower case and with a capital.
var roleWordSet = caseSet("mayor", "minister", "secretary", "chancellor", "leader", "chief", "executive", "chair", "chairman",
	"chairwoman", "chairperson", "director", "commissioner", "president", "head", "officer", "spokesman",
	"spokeswoman", "spokesperson", "governor", "councillor", "mp", "msp", "mep", "lead", "manager", "founder",
	"editor", "deputy", "member", "adviser", "advisor", "campaigner", "coordinator", "trustee", "ceo", "boss",
	"principal", "headteacher", "convenor", "whip", "solicitor", "lawyer", "inspector", "superintendent",
	"commander", "constable", "premier", "speaker", "cabinet", "secretary-general", "representative", "PM", "FM", "MP", "MSP",
	"MEP", "MLA", "MS", "AM", "PCC", "CEO")

// orgWord reports whether w is a word of an organisation's or a place's
// name, which a person's name does not hold.
func orgWord(w string) bool {
	switch w {
	case "Council", "Assembly", "Group", "Office", "Police", "Service", "Services", "England", "Scotland", "Wales",
		"Ireland", "Britain", "London", "Government", "Department", "Ministry", "Trust", "Authority", "Agency",
		"Association", "Party", "Centre", "Centres", "Center", "University", "College", "Hospital", "Committee",
		"Board", "Commission", "Foundation", "Network", "Union", "Federation", "Institute", "System", "Court",
		"Unit", "Company", "Ltd", "Limited", "Plc", "Conservatives", "Conservative", "Labour", "Treasury", "City", "County",
		"Borough", "Met", "Society", "Alliance", "Campaign", "Charity", "Partnership", "Fund", "Plan", "Strategy",
		"Programme", "Crisis", "Parliament", "House", "Commons", "Lords", "Street", "Road", "Church",
		"School", "Academy", "Club", "Team", "Bank", "Times", "News", "Post", "Mail", "Telegraph", "Guardian",
		"Greens", "Democrats", "Tories", "Reform", "Executive", "Cabinet", "Secretary", "Minister", "Mayor", "Budget", "Lodge":
		return true
	}
	return false
}

// tieWord reports whether w, in lower case, ties the capitalised words
// after it into a phrase that names no person: "the Conservative Group",
// "Head of Health".
func tieWord(w string) bool { return tieWordSet[w] }

// tieWordSet holds the words of tieWord, in lower case and with a capital.
var tieWordSet = caseSet("the", "a", "an", "of", "for", "in", "by", "at", "to", "from", "with", "on", "into", "about", "than",
	"via", "follow", "called", "named", "and", "&")

// functionWord reports whether w, in lower case, is a word that starts
// sentences or clauses, or ties a noun to another: no part of a name, and
// no word a name follows inside a phrase ("the Conservative Group").
func functionWord(w string) bool { return functionWordSet[w] }

// functionWordSet holds the words of functionWord, in lower case and with a capital.
var functionWordSet = caseSet("the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "in", "on", "at", "by", "for",
	"from", "with", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "his", "her",
	"their", "our", "my", "your", "after", "before", "when", "while", "whilst", "as", "if", "speaking",
	"according", "also", "now", "today", "yesterday", "last", "earlier", "under", "over", "of", "to", "asked",
	"responding", "commenting", "writing", "each", "every", "all", "some", "many", "most", "both", "there",
	"here", "what", "why", "how", "who", "where", "which", "into", "about", "than", "via", "new", "follow",
	"'s", "no", "not", "is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could")

// attribute returns who sentence sent of paragraph p says spoke, from the
// first verb of speech, announcing or finding outside its quotations (of
// the first eight) that has a speaker: before it ("Susan Hall, leader of
// …, called", "she said", "Johnson’s speech said", "the Prime Minister
// will confirm"), after it ("said Sir Sadiq Khan", "according to the
// Treasury"), or after "by" for a verb in the passive ("was welcomed by
// …"); "has been criticised" names no speaker, and a passive verb in a
// relative clause (", which has been welcomed by …,") names who welcomed
// the subject, not who says what the sentence does; in "what the
// Government announced" the subject follows "what". A noun of speech after
// "his" or "her" and before "that" ("criticism for his claim that …")
// reports the clause after "that", of the person the pronoun resolves to.
// "The opposition" is the one party the article names besides those the
// sentence names (see oppositionOf), Guessed.
// "Hit out at" is a verb of speech, as "slammed" and "condemned" are,
// "felt" one of opinion, as "believes" is; "asked", "replied" and
// "agreed" are verbs of speech where they frame a quotation (see
// asksSpeech), "is quoted as saying" is its subject's, and so is "was
// quoted" ending a sentence with no agent; a participle of
// speech after a comma ("…, saying") or a verb after "and" has the subject
// that opens its clause, past a sentence adverb and with its post
// ("However, council leader Fraser Reynolds rejected her claim, saying:");
// a post held in a body ("The opposition leader on Ashby Council has
// hit out") names a person by post (see postAt), not the body.
// "Agreed to" by a person or a post announces ("has agreed to hand local
// authorities an extra £62.7m"); by others it is a meeting's decision,
// which the article narrates.
// A verb of announcing set off by a comma before "by" ("the scheme,
// announced by the Chancellor on Wednesday,") recalls an announcement in a
// phrase: it reports none.
// A person's name is read in
// its fullest form in the article, with the role, party and organisation
// the words around it give (see subject and speakerInfo.apposition). It
// returns the zero attribution if it finds none.
func (d *quoteDrafter) attribute(p *para, sent Span) attribution {
	var segs [8]Span
	n := 0
	forOutside(d.text, sent.Start, sent.End, p.marks, func(a, b int) {
		if n < len(segs) {
			segs[n] = Span{Start: a, End: b}
			n++
		}
	})
	tries := 0
	for si, seg := range segs[:n] {
		prev, prev2, prevAt := "", "", Span{}
		for w := range wordsIn(d.text, seg.Start, seg.End) {
			word := d.text[w.Start:w.End]
			v := speechVerb(word)
			if (word == "adds" || word == "added" || word == "adding") && after(d.text, w.End, seg.End, "up") != w.End {
				// "the latest round of funding for the town adds up to
				// £18.32 per head": a sum totalled, no one's words.
				v = verbNone
			}
			passive := beWord(prev)
			prev = word
			if particle := setOut(word); v == verbNone && particle != "" && !papersNoun(lowerASCII(prev2)) {
				// "laid out plans for …", "plans set out by shadow chancellor
				// Alan Johnson", "put forward a plan": a verb of announcing,
				// and its agent; not after a document's noun ("The Budget
				// sets out …", see papersNoun), which has none.
				if out := after(d.text, w.End, seg.End, particle); out != w.End && !bidAfter(d.text, out, seg.End) {
					v, w.End = verbAnnounce, out
					passive = passive || after(d.text, out, seg.End, "by") != out
				}
			}
			if v == verbNone && (word == "reported" || word == "reports" || word == "reporting") {
				// "He also reported on the £5 million investment in Swale
				// …": speech about what follows "on", which is its words.
				if on := after(d.text, w.End, seg.End, "on"); on != w.End {
					v, w.End = verbSpeech, on
				}
			}
			agreed := false // "agreed to", which announces only a person's promise
			if v == verbNone && (word == "agreed" || word == "agrees") && after(d.text, w.End, seg.End, "to") != w.End {
				// "Scotland’s finance secretary has agreed to hand local
				// authorities an extra £62.7m": a promise, announced.
				v, agreed = verbAnnounce, true
			}
			if v == verbNone && hitWord(word) {
				if out := after(d.text, w.End, seg.End, "out"); out != w.End {
					// "has hit out at the Government": a verb of speech.
					v, w.End = verbSpeech, out
				}
			}
			if v == verbNone && word == "claim" && claimVerb(prev2) {
				v = verbSpeech
			}
			if at, ok := concernSpoken(d.text, w, seg.End); v == verbNone && ok {
				// "has expressed concern that £20m … may have been used":
				// a verb of speech, whose clause after "that" is reported.
				v, w.End = verbSpeech, at
			}
			if v == verbNone && (word == "pointed" || word == "points" || word == "pointing") {
				if out := after(d.text, w.End, seg.End, "out"); out != w.End {
					// "The minister pointed out that she had secured £1.5
					// million": a verb of speech, whose clause is reported.
					v, w.End = verbSpeech, out
				}
			}
			subjectAt := w.Start // where the verb's subject ends
			if v == verbNone && word == "quoted" && passive && after(d.text, w.End, seg.End, "by") == w.End && strings.TrimRight(d.text[w.End:seg.End], ".!? ") == "" {
				// "…, William Strange was quoted.": the subject is the one
				// whose words the article gives, as "said" would say.
				v, passive, subjectAt = verbSpeech, false, prevAt.Start
			}
			carried := false // "continued:", which carries on a speaker heard already
			if v == verbNone {
				if at, ok := continuesSpeech(d.text, w, seg, p.end); ok {
					v, w.End, carried = verbSpeech, at, true
				} else if asksSpeech(d.text, w, seg, p.end) {
					v = verbSpeech
				}
			}
			if g := possessivePronoun(prev2); v == verbNone && g != 0 && speechNoun(word) && after(d.text, w.End, seg.End, "that") != w.End {
				// "criticism for his claim that leaving the EU would …": the
				// clause after "that" is reported, of whom "his" names.
				if att, ok := d.resolvePronoun(g, prevAt); ok {
					att.after = reportAfter(d.text, after(d.text, w.End, seg.End, "that"), sent.End)
					if n != 1 {
						att.after = Span{}
					}
					att.verbAt = w.End
					return att
				}
			}
			prev2, prevAt = word, w
			if v == verbAnnounce && !passive && strings.HasSuffix(strings.TrimRight(d.text[seg.Start:w.Start], " "), ",") && after(d.text, w.End, seg.End, "by") != w.End {
				// "As part of the scheme, announced by the Chancellor on
				// Wednesday, £360m will …": a phrase recalling an
				// announcement, not one the sentence reports.
				continue
			}
			if v == verbNone {
				continue
			}
			if passive && relativeBefore(d.text, seg.Start, w.Start) {
				// "This funding, which has been welcomed by … Dan Jarvis,
				// comes as part of what the Government announced …": the
				// agent of a relative clause welcomed the subject; what the
				// sentence says is another's.
				continue
			}
			if tries++; tries > maxVerbs {
				return attribution{}
			}
			var att attribution
			ok := false
			if by := after(d.text, w.End, seg.End, "by"); passive {
				// "was welcomed by London's victims' commissioner": the agent
				// spoke; "has been criticised" names no speaker.
				if by != w.End {
					att, ok = d.object(by, seg.End, sent)
				} else if si+1 < n && len(strings.Fields(d.text[w.End:seg.End])) <= 2 {
					// "was deemed a “desperate bribe” by the Shadow
					// Chancellor": the agent after the quotation.
					next := segs[si+1]
					if by := after(d.text, next.Start, next.End, "by"); by != next.Start {
						att, ok = d.object(by, next.End, sent)
					}
				}
			} else if word == "according" || word == "According" {
				to := after(d.text, w.End, seg.End, "to")
				att, ok = d.object(to, seg.End, sent)
				var doc Span // "government figures", a body's document
				if !ok {
					att, doc, ok = d.documentSource(to, seg.End)
				}
				if a, b := trimSpaceSpan(d.text, seg.Start, w.Start); ok && n == 1 && a < b {
					for b > a && d.text[b-1] == ',' {
						b--
					}
					att.report = clauseSpan(d.text, a, b)
				} else if ok && n == 1 && !doc.IsZero() {
					// "According to government figures the borough will
					// receive a 2.14 per cent increase, less than …": the
					// clause after the document's words.
					from, end := doc.End, sent.End
					if k := strings.IndexFunc(d.text[from:end], func(r rune) bool { return r != ' ' && r != ',' }); k > 0 {
						from += k // "According to government figures, the …"
					}
					if k := strings.IndexByte(d.text[from:end], ','); k >= 0 {
						end = from + k
					}
					att.report = reportAfter(d.text, from, end)
				} else if ok && n == 1 {
					// "According to the DH, the largest sums …"
					if k := strings.IndexByte(d.text[att.span.End:sent.End], ','); k >= 0 {
						att.report = reportAfter(d.text, att.span.End+k+1, sent.End)
					}
				}
			} else {
				from := seg.Start
				if k := whatBefore(d.text, seg.Start, w.Start); k >= 0 {
					// "comes as part of what the Government announced … as
					// a £7 billion investment": the subject after "what".
					from = k
				}
				att, ok = d.subject(from, carriedOn(d.text, from, subjectAt), sent, v)
				if !ok && v == verbFinding {
					// "The data suggests 50 out of 56 schools …": the
					// document's authors, whom the article names elsewhere.
					att, ok = d.documentSubject(from, subjectAt)
				}
				if !ok && !targetVerb(word) {
					att, ok = d.object(w.End, seg.End, sent)
					if a, b := trimSpaceSpan(d.text, seg.Start, w.Start); ok && n == 1 && a < b && d.text[b-1] == ',' {
						// "The money amounts to 0.02% of budgets, said the
						// TUC": the clause before the inverted verb is
						// what the speaker said.
						att.report = clauseSpan(d.text, a, b-1)
					}
				}
			}
			if ok && carried && !d.heard(att) {
				ok = false // "Prices continued, “rising sharply”": no one speaking
			}
			if ok && agreed && att.key == "" && att.role == "" {
				// "Council leaders yesterday agreed to release £31m": a
				// meeting's decision, which the article narrates.
				ok = false
			}
			if ok {
				switch {
				case n == 1 && v == verbAnnounce:
					att.report, att.after = sent, Span{}
					if k := strings.Index(d.text[w.End:sent.End], ", but "); k >= 0 {
						// "The government previously announced its intention
						// to use £87.5m …, but this has now been matched by
						// another £87.5m …": the clause after "but" is the
						// writer's news, not what was announced.
						att.report.End = w.End + k
					}
				case hitWord(word), criticisedFor(d.text, w, sent.End), callsFor(d.text, w):
					// "hit out at the council over its £5m cut", "criticised
					// the PCC for raising …", "called for £15.4 million": the
					// words after name whom the speaker attacks, and for
					// what, or what they ask, not what they said.
				case n == 1 && word != "according" && word != "According":
					att.after = reportAfter(d.text, w.End, sent.End)
					if k := toldThat(d.text, word, att.after); k > 0 {
						att.after.Start = k // "told the BBC that his hall would …"
					}
					att.after = clauseSpan(d.text, att.after.Start, att.after.End, "that ")
				}
				d.learnGender(att, w.End, seg.End)
				att.verbAt, att.announces, att.finds = w.End, v == verbAnnounce, v == verbFinding
				return att
			}
		}
	}
	return attribution{}
}

// whatBefore returns the offset after "what" in s from a to the verb at
// v, when "what" opens the verb's clause of at most five words with no
// comma ("part of what the Government announced"), or -1.
func whatBefore(s string, a, v int) int {
	k := strings.LastIndex(s[a:v], " what ")
	if k < 0 {
		return -1
	}
	k += a + len(" what ")
	if strings.IndexByte(s[k:v], ',') >= 0 || len(strings.Fields(s[k:v])) > 5 {
		return -1
	}
	return k
}

// relativeBefore reports whether the words of s from a to the verb at
// v, after their last comma, open a relative clause: ", which has been
// welcomed", ", who was praised".
func relativeBefore(s string, a, v int) bool {
	c := strings.LastIndexByte(s[a:v], ',')
	if c < 0 {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimLeft(s[a+c+1:v], " "), " ")
	return w == "which" || w == "who"
}

// possessivePronoun returns the gender of the possessive pronoun w, as
// pronoun gives it: 'm' for "his", 'f' for "her", 0 for other words.
func possessivePronoun(w string) byte {
	switch w {
	case "his", "His":
		return 'm'
	case "her", "Her":
		return 'f'
	}
	return 0
}

// speechNoun reports whether w names something said that a clause after
// "that" reports: "his claim that …".
func speechNoun(w string) bool {
	switch w {
	case "claim", "pledge", "promise", "warning", "insistence", "assertion", "boast":
		return true
	}
	return false
}

// setOut returns the word after which w is a verb that announces: "out"
// for "set out", "laid out"; "forward" for "put forward"; "" for other
// words.
func setOut(w string) string {
	switch w {
	case "set", "sets", "laid", "lays", "laying", "setting":
		return "out"
	case "put", "puts", "putting":
		return "forward"
	}
	return ""
}

// maxVerbs is how many verbs of a sentence attribute tries: a sentence
// of prose has a few, and a run of them without a speaker is no prose.
const maxVerbs = 8

// after returns the offset after word w at the start of s[i:end], past
// white space, or i if s[i:end] does not start with it.
func after(s string, i, end int, w string) int {
	j, _ := trimSpaceSpan(s, i, end)
	if strings.HasPrefix(s[j:end], w+" ") {
		return j + len(w)
	}
	return i
}

// reportAfter returns the clause reported after the verb ending at i,
// to the end of the sentence: "the £2.4m would bolster …", without "that"
// and the closing punctuation.
func reportAfter(s string, i, end int) Span {
	a, b := trimSpaceSpan(s, i, end)
	a, b = trimSpaceSpan(s, a, creditAt(s, a, b))
	a, b = trimSpaceSpan(s, a, emergedAt(s, a, b))
	for a < b && s[a] == ',' {
		a, b = trimSpaceSpan(s, a+1, b)
	}
	// "said on Monday that …", "said yesterday that …"
	first, _, _ := strings.Cut(s[a:b], " ")
	switch first {
	case "on", "in", "yesterday", "today", "last", "earlier", "this", "previously", "recently":
		if k := strings.Index(s[a:min(b, a+48)], " that "); k >= 0 {
			a += k + len(" that ")
		}
	}
	for b > a && (terminal(s[b-1]) || s[b-1] == ':' || s[b-1] == ';') {
		b--
	}
	a, b = trimSpaceSpan(s, a, b)
	return Span{Start: a, End: b}
}

// chunks splits s[a:b] at commas outside brackets into trimmed spans,
// leaving out empty ones.
func chunks(s string, a, b int, dst []Span) []Span {
	depth, start := 0, a
	add := func(end int) {
		x, y := trimSpaceSpan(s, start, end)
		for y > x && (terminal(s[y-1]) || s[y-1] == ':' || s[y-1] == ';') {
			y--
		}
		if x < y && len(dst) < cap(dst) {
			dst = append(dst, Span{Start: x, End: y})
		}
	}
	for i := a; i < b; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case ',':
			if depth == 0 {
				add(i)
				start = i + 1
			}
		}
	}
	add(b)
	return dst
}

// beforeRelative returns the words of c before a relative clause that
// follows a name in it ("John Todd who represents …"), or c if it has
// none.
func beforeRelative(s string, c Span) Span {
	for _, w := range [...]string{" who ", " whose "} {
		if i := strings.Index(s[c.Start:c.End], w); i > 0 {
			return Span{Start: c.Start, End: c.Start + i}
		}
	}
	return c
}

// subjectReach is how far before a verb its subject is looked for, in
// bytes, so that a long sentence is not read again for every verb in it.
const subjectReach = 320

// subject reads the speaker from the words s[a:v] before a verb of kind
// verb: a pronoun, a person with what the words say of them (the role
// before the name, appositions after it), or an organisation. Words before
// the speaker's, set off by a comma ("But after reviewing 2,200 of them
// only about 1,200 remained in scope, Sir Mark Rowley told"), are the
// reported clause.
func (d *quoteDrafter) subject(a, v int, sent Span, verb int) (attribution, bool) {
	s := d.text
	if v-a > subjectReach {
		a = v - subjectReach
		for a < v && !utf8.RuneStart(s[a]) {
			a++
		}
	}
	if figureBefore(s, a, v) {
		// "Together with the £15.4m announced last month, this is …":
		// the verb straight after money names the money, a noun phrase
		// recalling an announcement, and has no subject.
		return attribution{}, false
	}
	var buf [8]Span
	cs := chunks(s, a, v, buf[:0])
	if len(cs) == 0 {
		return attribution{}, false
	}
	// "Cllr John Todd who represents Chiswick Homefields ward said": a
	// relative clause between the subject and its verb is no part of the
	// subject.
	cs[len(cs)-1] = beforeRelative(s, cs[len(cs)-1])
	if c := cs[len(cs)-1]; len(cs) > 1 && participle(s, v) && strings.EqualFold(firstWord(s[c.Start:c.End]), "with") {
		// "…, with shadow chancellor John McDonnell saying it …": the
		// subject of a participle after "with" is the words between
		// them, no aside.
		c.Start += len("with ")
		cs = append(cs[:0], c)
	}
	if at, g := relativePronounSubject(s, cs[len(cs)-1]); len(cs) > 1 && g != 0 {
		// "… a £127m pot …, which he described as the “biggest …”": the
		// relative clause is no aside but the speaker's own, its subject
		// a pronoun.
		return d.resolvePronoun(g, at)
	}
	if att, ok := d.relativeBodySubject(cs); ok {
		return att, true
	}
	if name, ok := d.relativeNameSubject(cs[len(cs)-1]); len(cs) > 1 && ok {
		// "… by 0.9 per cent, which Mr Swinney blamed on a “£500 million
		// cut …”": as with a pronoun, the speaker's own, by name.
		return d.person(name), true
	}
	for len(cs) > 1 && aside(s, cs[len(cs)-1]) {
		// "The LGA, which represents councils, said", "The council, in a
		// statement, said", "… by Bob Jones, who said": an aside, or the
		// relative pronoun of the name before it, is no subject.
		who := s[cs[len(cs)-1].Start:cs[len(cs)-1].End] == "who"
		cs = cs[:len(cs)-1]
		if c := cs[len(cs)-1]; who {
			if k := strings.LastIndex(s[c.Start:c.End], " by "); k >= 0 {
				// "Her comments were echoed by Bob Jones, who said": the
				// agent before "who" is its antecedent.
				if att, ok := d.object(c.Start+k+len(" by "), c.End, sent); ok {
					return att, true
				}
			}
		}
	}
	cs = joinListName(s, cs)
	lastC := trimAuxiliaries(s, stripLeading(s, cs[len(cs)-1]))
	if g := pronoun(s[lastC.Start:lastC.End]); g != 0 {
		att, ok := d.resolvePronoun(g, lastC)
		if ok && len(cs) > 1 && lastC.Start == cs[len(cs)-1].Start {
			// "A further £259 million will be added in one-off funding,
			// she said": the clause before the pronoun is what the
			// speaker it names said, as after a name.
			att.report = clauseSpan(s, cs[0].Start, cs[len(cs)-2].End)
		}
		return att, ok
	}
	if at, g := pronounAfterConjunction(s, lastC); g != 0 {
		// "Mr Swinney sparked a row after he told MSPs that …": the
		// subject of the verb of speech is the pronoun of its own clause.
		return d.resolvePronoun(g, at)
	}
	if att, ok := d.voiceOf(lastC); ok {
		return att, true
	}
	if att, ok := d.documentOf(lastC); ok {
		return att, true
	}
	if att, ok := d.documentFrom(lastC); ok && verb != verbFinding {
		return att, true // a finding's whole sentence is the claim: see byOrg below
	}
	for k, c := range cs {
		name, pre, ok := d.nameIn(c, true)
		if !ok {
			continue
		}
		att := d.person(name)
		info := d.info(att.key)
		if b := bracketIn(s, c); !b.IsZero() && name.End <= b.Start {
			info.setParty(s, b) // "Peter Brown (Labour, Leeds North)"
		}
		if role := roleText(s, pre); !role.IsZero() {
			info.setRole(s, role)
			if k > 0 && isRolePhrase(s, cs[k-1]) {
				// "Leader of West Suffolk Council, councillor John
				// Griffiths,": the longer post is kept.
				info.setRole(s, roleText(s, cs[k-1]))
				if k > 1 {
					att.report = clauseSpan(s, cs[0].Start, cs[k-2].End)
				}
			} else if k > 0 {
				// "Councils will receive £10.4 billion, Finance Secretary
				// Derek Mackay said": the clause before a name with its
				// post before it is what they said, as before a bare name.
				att.report = clauseSpan(s, cs[0].Start, cs[k-1].End)
			}
		} else if possessiveBefore(s, pre) || partyAdjective(lastWord(s[pre.Start:pre.End])) {
			info.setParty(s, pre) // "Labour's Pam Duncan-Glancy", "Conservative Don Mackenzie"
		} else if k > 0 && isRolePhrase(s, cs[k-1]) {
			// "The Mayor of London, Sadiq Khan, said"
			info.setRole(s, roleText(s, cs[k-1]))
			if k > 1 {
				att.report = clauseSpan(s, cs[0].Start, cs[k-2].End)
			}
		} else if k > 0 {
			att.report = clauseSpan(s, cs[0].Start, cs[k-1].End)
		}
		if body := ofBody(s, name.End, c.End); !body.IsZero() && info.org == "" {
			info.org, _ = orgName(s, body)
			info.orgAt = body
		}
		for _, ap := range cs[k+1:] {
			info.apposition(s, ap)
		}
		return att, true
	}
	if c := cs[len(cs)-1]; verb == verbSpeech && (participle(s, v) && (strings.HasSuffix(strings.TrimRight(s[a:v], " "), ",") || actedAfterName(s, a, v)) || strings.HasSuffix(s[c.Start:c.End], " and")) {
		// "Tom Reid blasted the plan, saying …", "… hit out at the plan and
		// said": the verb's subject is its clause's, the name opening it,
		// after a sentence adverb ("However, council leader Fraser
		// Reynolds rejected her claim, saying") and with the post before
		// it, or after a phrase that names no one.
		for _, c := range cs {
			name, pre, ok := d.nameIn(stripLeading(s, c), false)
			if !ok {
				continue
			}
			role := postBefore(s, pre)
			if pre.Start < pre.End && role.IsZero() {
				continue // "Responding to Jane Smith, Bob Jones hit back": not the subject
			}
			att := d.person(name)
			if !role.IsZero() {
				d.info(att.key).setRole(s, role)
			}
			return att, true
		}
		if att, ok := d.postActing(cs[0]); ok {
			return att, true // "The First Minister ridiculed his position, pointing out"
		}
	}
	if verb == verbFinding {
		if org, sp, ok := byOrg(s, lastC); ok {
			return attribution{org: org, span: sp, sure: Explicit, report: sent}, true
		}
	}
	if att, ok := spokespersonOf(s, cs, lastC); ok {
		return att, true
	}
	if att, ok := postAt(s, lastC); ok {
		return att, true
	}
	if att, ok := oneOfPosts(s, lastC); ok {
		return att, true
	}
	if !hasOrgWord(s[lastC.Start:lastC.End]) {
		if role, ok := d.roleOnly(lastC); ok {
			return role, true
		}
	}
	if t := s[lastC.Start:lastC.End]; strings.EqualFold(t, "the opposition") {
		if party, ok := d.oppositionOf(sent); ok {
			return attribution{org: party, span: lastC, sure: Guessed}, true
		}
	}
	if t := s[lastC.Start:lastC.End]; insiders(t) {
		return attribution{kind: t, span: lastC, sure: Explicit}, true
	}
	if venue, ok := ledeVenue(s, lastC); ok {
		// "the venue said in a statement", after a lede opening
		// "Buxton Opera House has received …": the venue it names.
		return attribution{org: venue, span: lastC, sure: Guessed}, true
	}
	if body, ok := membersBody(s, lastC); ok {
		// "trustees confirmed", in an article that names the Georgian
		// Theatre Royal Trustees: the body they make up.
		return attribution{org: body, span: lastC, sure: Inferred}, true
	}
	org, ok := orgName(s, lastC)
	if !ok {
		if t := s[lastC.Start:lastC.End]; unnamedSpeakers(t) {
			return attribution{kind: t, span: lastC, sure: Explicit}, true
		}
		return attribution{}, false
	}
	att := attribution{org: org, span: lastC, sure: Explicit}
	if len(cs) > 1 {
		att.report = clauseSpan(s, cs[0].Start, cs[len(cs)-2].End)
	}
	return att, true
}

// figureBefore reports whether the last word of s[a:v] ends a sum of
// money: a word opening with a pound, euro or dollar sign ("£15.4m"), or a
// multiplier after a number ("£15.4 million", "2 million pounds").
func figureBefore(s string, a, v int) bool {
	t := strings.TrimRight(s[a:v], " ")
	i := strings.LastIndexByte(t, ' ')
	w := t[i+1:]
	if strings.HasPrefix(w, "£") || strings.HasPrefix(w, "€") || strings.HasPrefix(w, "$") {
		return hasDigit(w)
	}
	if !amountWord(lowerASCII(w)) || i < 0 {
		return false
	}
	prev := strings.TrimRight(t[:i], " ")
	return hasDigit(prev[strings.LastIndexByte(prev, ' ')+1:])
}

// pronounAfterConjunction returns the span and gender of a pronoun that
// ends c after a conjunction opening a clause of time or reason, "after
// he", "when she", "as he", "because she", with 0 if c does not so end.
func pronounAfterConjunction(s string, c Span) (Span, byte) {
	t := s[c.Start:c.End]
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return Span{}, 0
	}
	g := pronoun(t[i+1:])
	if g == 0 || g == 'o' {
		return Span{}, 0
	}
	j := strings.LastIndexByte(t[:i], ' ')
	switch strings.ToLower(t[j+1 : i]) {
	case "after", "when", "as", "because", "before", "since", "once", "until":
		return Span{Start: c.Start + i + 1, End: c.End}, g
	}
	return Span{}, 0
}

// relativePronounSubject returns the span and gender of the pronoun of
// chunk c when c is a relative pronoun and a personal one and nothing
// else, "which he", "that she" (from "…, which he described as …"), with
// 0 if it is not so. "it" names no speaker.
func relativePronounSubject(s string, c Span) (Span, byte) {
	t := s[c.Start:c.End]
	i := strings.IndexByte(t, ' ')
	if i < 0 || strings.IndexByte(t[i+1:], ' ') >= 0 {
		return Span{}, 0
	}
	switch strings.ToLower(t[:i]) {
	case "which", "that":
	default:
		return Span{}, 0
	}
	g := pronoun(t[i+1:])
	if g == 0 || g == 'o' {
		return Span{}, 0
	}
	return Span{Start: c.Start + i + 1, End: c.End}, g
}

// aside reports whether chunk c, set off by commas between a subject and
// its verb, is an aside or a relative clause rather than the subject: it
// opens with "which", "who" or "whose", or with a preposition ("in a
// statement", "on Twitter") or a sentence adverb ("though", "however").
func aside(s string, c Span) bool {
	switch strings.ToLower(firstWord(s[c.Start:c.End])) {
	case "which", "who", "whose", "in", "on", "at", "with", "through", "via", "though", "however", "meanwhile", "too":
		return true
	}
	return false
}

// joinListName returns cs, the comma-separated chunks before a verb, with
// the last ones joined into one when they are the list a body's name
// ends with: "the Department for Digital, Culture, Media and Sport", a
// body word and "for" or "of" and a capitalised word, then chunks of
// capitalised words only, the last of them joined by "and" ("Media and
// Sport"). Other chunks it returns as they are.
func joinListName(s string, cs []Span) []Span {
	n := len(cs)
	if n < 2 || !capitalisedList(s, cs[n-1], true) {
		return cs
	}
	k := n - 2
	for k > 0 && capitalisedList(s, cs[k], false) {
		k--
	}
	head := s[cs[k].Start:cs[k].End]
	i := max(strings.LastIndex(head, " for "), strings.LastIndex(head, " of "))
	if i < 0 {
		return cs
	}
	rest := strings.TrimSpace(head[i+1:])
	_, name, _ := strings.Cut(rest, " ")
	if strings.Contains(name, " ") || !capitalisedList(s, Span{cs[k].End - len(name), cs[k].End}, false) {
		return cs // "for" and one capitalised word end the chunk
	}
	body := strings.Fields(head[:i])
	if len(body) == 0 || !bodyWord(strings.ToLower(body[len(body)-1])) {
		return cs
	}
	cs[k].End = cs[n-1].End
	return cs[:k+1]
}

// capitalisedList reports whether the words at c are all capitalised,
// with "and" between two of them if and is true: "Culture", "Media and
// Sport". Auxiliaries after them ("Media and Sport has also") are not
// read.
func capitalisedList(s string, c Span, and bool) bool {
	c = trimAuxiliaries(s, c)
	ws := strings.Fields(s[c.Start:c.End])
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	sawAnd := false
	for i, w := range ws {
		if w == "and" && i > 0 && i < len(ws)-1 && !sawAnd {
			sawAnd = true
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || functionWord(w) {
			return false
		}
	}
	return sawAnd == and
}

// postBefore returns the words at pre, before a name, as the post they
// give it: a phrase naming a post that ends in a word of one ("council
// leader Fraser Reynolds") or opens with one held in a body ("Leader of
// Leeds City Council Keith Wakefield"); the zero Span for other words
// ("The leader rejected Jane Smith's claim"), which make the name no
// subject.
func postBefore(s string, pre Span) Span {
	role := roleText(s, pre)
	if role.IsZero() || !isRolePhrase(s, role) {
		return Span{}
	}
	ws := strings.Fields(s[role.Start:role.End])
	if roleWord(ws[len(ws)-1]) || len(ws) > 2 && roleWord(ws[0]) && (bodyPreposition(ws[1]) || ws[1] == "for") {
		return role
	}
	return Span{}
}

// participle reports whether the word at offset v of s is a present
// participle, "saying", "adding": a verb whose subject is that of the
// clause it hangs on.
func participle(s string, v int) bool {
	w, _, _ := strings.Cut(s[v:min(len(s), v+24)], " ")
	w = strings.TrimRight(w, ":,") // "saying:"
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// voiceOf returns the speaker of words such as "Johnson’s speech" or "the
// council's statement": the person or body whose words they are.
func (d *quoteDrafter) voiceOf(c Span) (attribution, bool) {
	s := d.text
	c = stripDeterminer(s, c)
	i := possessiveEnd(s[c.Start:c.End])
	if i == 0 {
		return attribution{}, false
	}
	switch strings.TrimSpace(s[c.Start+i : c.End]) {
	case "speech", "statement", "report", "letter", "spokesman", "spokeswoman", "spokesperson", "office", "team",
		"article", "tweet", "post", "blog", "analysis", "manifesto", "website":
	default:
		return attribution{}, false
	}
	who := Span{Start: c.Start, End: c.Start + len(unpossessive(s[c.Start:c.Start+i]))}
	ws := strings.Fields(s[who.Start:who.End])
	if len(ws) > 1 && titleWord(ws[0]) || d.index.last[ws[len(ws)-1]] {
		return d.person(who), true
	}
	if org, ok := orgName(s, who); ok {
		return attribution{org: org, span: who, sure: Explicit}, true
	}
	return attribution{}, false
}

// documentOf returns the organisation whose document chunk c names,
// where the document is the subject of a verb of speech or finding: "A
// Labour freedom of information (FOI) request – seen by the PA news
// agency – suggested …" is Labour's. The organisation is the run of
// capitalised words after the determiner, before the lower-case words
// that end in a noun of a document; an aside between dashes before the
// verb is no part of the chunk. A document is no person, so it names no
// speaker when no organisation owns it. The noun of the document may have
// words after it ("A Green Party analysis of council budgets found").
func (d *quoteDrafter) documentOf(c Span) (attribution, bool) {
	s := d.text
	for _, dash := range [...]string{" – ", " — "} {
		if i := strings.Index(s[c.Start:c.End], dash); i > 0 {
			rest := strings.TrimSpace(s[c.Start+i+len(dash) : c.End])
			if !strings.HasSuffix(rest, strings.TrimSpace(dash)) {
				return attribution{}, false
			}
			c.End = c.Start + i
		}
	}
	ws := strings.Fields(s[c.Start:c.End])
	doc := slices.IndexFunc(ws, documentNoun)
	if doc < 2 || !determinerWord(ws[0]) {
		return attribution{}, false // "A report said" is no one's
	}
	n := 1
	for n < doc {
		r, _ := utf8.DecodeRuneInString(ws[n])
		if !unicode.IsUpper(r) && !(tieWord(ws[n]) && n > 1) {
			break
		}
		n++
	}
	for n > 1 && tieWord(ws[n-1]) {
		n--
	}
	if n == 1 {
		return attribution{}, false
	}
	at := c.Start + strings.Index(s[c.Start:c.End], ws[1])
	who := Span{Start: at, End: at + len(strings.Join(ws[1:n], " "))}
	if s[who.Start:who.End] != strings.Join(ws[1:n], " ") {
		return attribution{}, false // the words were apart by more than a space
	}
	org, ok := orgName(s, who)
	if !ok {
		return attribution{}, false
	}
	return attribution{org: org, span: who, sure: Explicit}, true
}

// documentFrom returns whose document chunk c names by "from" or "by"
// after it, where the document is the subject of a verb of speech or
// finding: "A statement from the council said", "A letter from Jane
// Smith said", "Analysis by the IFS found". The document opens with an
// article or is a noun of a document alone, and the words after "from"
// or "by" name a person or an organisation.
func (d *quoteDrafter) documentFrom(c Span) (attribution, bool) {
	s := d.text
	t := s[c.Start:c.End]
	k, n := strings.Index(t, " from "), len(" from ")
	if k < 0 {
		k, n = strings.Index(t, " by "), len(" by ")
	}
	if k < 0 {
		return attribution{}, false
	}
	ws := strings.Fields(t[:k])
	if len(ws) == 0 || len(ws) > 4 || !documentNoun(strings.ToLower(ws[len(ws)-1])) || len(ws) > 1 && !determinerWord(ws[0]) {
		return attribution{}, false
	}
	rest := Span{Start: c.Start + k + n, End: c.End}
	if name, pre, ok := d.nameIn(rest, false); ok && pre.Start >= pre.End && onlyAuxiliaries(s, name.End, rest.End) {
		return d.person(name), true
	}
	if org, ok := orgName(s, rest); ok {
		return attribution{org: org, span: rest, sure: Explicit}, true
	}
	return attribution{}, false
}

// spokespersonOf returns the organisation a spokesperson speaks for whose
// name holds a comma, so that the chunks before the verb split it: "A
// Department for Levelling Up, Housing and Communities spokesperson
// said" is the department's, not a post of "Housing and Communities". The
// name runs from the nearest chunk before last that opens with an article
// to the last chunk, last, which ends in the spokesperson.
func spokespersonOf(s string, cs []Span, last Span) (attribution, bool) {
	t := s[last.Start:last.End]
	if len(cs) < 2 || !strings.HasSuffix(t, " spokesperson") && !strings.HasSuffix(t, " spokesman") && !strings.HasSuffix(t, " spokeswoman") {
		return attribution{}, false
	}
	for k := len(cs) - 2; k >= 0; k-- {
		if !determinerWord(firstWord(s[cs[k].Start:cs[k].End])) {
			continue
		}
		name := Span{Start: cs[k].Start, End: last.End}
		if org, ok := orgName(s, name); ok {
			return attribution{org: org, span: name, sure: Explicit}, true
		}
		break
	}
	return attribution{}, false
}

// determinerWord reports whether w is an article: "a", "an", "the".
func determinerWord(w string) bool {
	switch lowerASCII(w) {
	case "a", "an", "the":
		return true
	}
	return false
}

// documentSource reads the source after "according to" at i, up to end,
// when it is a body's document and no comma parts it from the clause it
// is the source of: "According to government figures the borough will
// receive …". It returns the body, who speaks as one, and the span of the
// words naming the document, at most four, the body's one word of its
// kind ("government") or its name.
func (d *quoteDrafter) documentSource(i, end int) (attribution, Span, bool) {
	s := d.text
	k := 0
	for w := range wordsIn(s, i, min(end, i+80)) {
		if k++; k > 4 {
			break
		}
		if !documentNoun(s[w.Start:w.End]) {
			continue
		}
		who := Span{Start: i, End: w.Start}
		who.Start, who.End = trimSpaceSpan(s, who.Start, who.End)
		if org, ok := orgName(s, who); ok {
			return attribution{org: org, span: who, sure: Explicit}, Span{Start: i, End: w.End}, true
		}
		if t := s[who.Start:who.End]; bodyWord(t) {
			return attribution{org: t, span: who, sure: Explicit}, Span{Start: i, End: w.End}, true
		}
		if unownedDocument(s, who) {
			// "according to new figures", whose authors the article
			// names elsewhere ("The fresh figures from the School Cuts
			// campaign ...").
			if att, ok := d.documentOwner(s[w.Start:w.End]); ok {
				return att, Span{Start: i, End: w.End}, true
			}
		}
		break
	}
	return attribution{}, Span{}, false
}

// documentNoun reports whether w names a document or a finding that an
// organisation, not a person, puts out: "request", "report", "analysis".
func documentNoun(w string) bool {
	switch w {
	case "request", "requests", "report", "analysis", "study", "survey", "review", "audit", "figures", "data",
		"research", "documents", "document", "letter", "statement", "briefing":
		return true
	}
	return false
}

// clauseSpan returns s[a:b] as a reported clause: without a leading "But",
// "And", "So" or "Yet", or one of more, such as "that".
func clauseSpan(s string, a, b int, more ...string) Span {
	for _, w := range append([]string{"But ", "And ", "So ", "Yet "}, more...) {
		if strings.HasPrefix(s[a:b], w) {
			a += len(w)
			break
		}
	}
	return Span{Start: a, End: b}
}

// object reads the speaker from the words s[i:end] after a verb: "said
// Sir Sadiq Khan, Mayor of London", "according to the council", "said the
// Breckland Labour leader" (a post, not a body: see endsInPost).
func (d *quoteDrafter) object(i, end int, sent Span) (attribution, bool) {
	s := d.text
	if end-i > subjectReach {
		end = runeStartBefore(s, i+subjectReach)
	}
	var buf [4]Span
	cs := chunks(s, i, end, buf[:0])
	if len(cs) == 0 || cs[0].Start > i+8 {
		return attribution{}, false
	}
	for len(cs) > 1 && lowerWords(s, cs[0]) {
		// "by housing, communities and local government secretary Robert
		// Jenrick": a portfolio listed in lower case, one post.
		cs = append(cs[:0:0], append([]Span{{Start: cs[0].Start, End: cs[1].End}}, cs[2:]...)...)
	}
	if name, pre, ok := d.nameIn(cs[0], false); ok && (pre.Start >= pre.End || isRolePhrase(s, pre) || possessiveBefore(s, pre)) {
		att := d.person(name)
		info := d.info(att.key)
		if pre.Start < pre.End {
			info.setRole(s, roleText(s, pre))
			info.setParty(s, pre) // "the Conservatives' Liz Smith"
		}
		if len(cs) > 1 {
			info.apposition(s, cs[1])
		}
		return att, true
	}
	if len(cs) > 1 {
		// "by the Shadow Chancellor, John McDonnell": a post, then its
		// holder named after it.
		if post, ok := d.roleOnly(cs[0]); ok {
			if name, pre, ok := d.nameIn(cs[1], false); ok && pre.Start >= pre.End {
				att := d.person(name)
				d.info(att.key).setRole(s, post.span)
				return att, true
			}
		}
	}
	if endsInPost(s, cs[0]) {
		// "said the Breckland Labour leader": a person by post, not a body.
		if att, ok := d.roleOnly(cs[0]); ok {
			return att, true
		}
	}
	if org, ok := orgName(s, cs[0]); ok {
		return attribution{org: org, span: cs[0], sure: Explicit}, true
	}
	return attribution{}, false
}

// lowerWords reports whether the words at c are all in lower case, two at
// most: an item of a portfolio listed before its post.
func lowerWords(s string, c Span) bool {
	n := 0
	for w := range wordsIn(s, c.Start, c.End) {
		r, _ := utf8.DecodeRuneInString(s[w.Start:w.End])
		if n++; n > 2 || !unicode.IsLower(r) {
			return false
		}
	}
	return n > 0
}

// endsInPost reports whether the words at c end in a post in lower case
// or as letters, "the Breckland Labour leader", "the council's finance
// chief", "the MLA": a person named by what they hold. A spokesperson speaks for a body as one, and
// names it.
func endsInPost(s string, c Span) bool {
	w := lastWord(s[c.Start:c.End])
	r, _ := utf8.DecodeRuneInString(w)
	switch w {
	case "spokesman", "spokeswoman", "spokesperson":
		return false
	}
	return (unicode.IsLower(r) || w == strings.ToUpper(w)) && roleWord(w) // "said the MLA" too
}

// nameIn finds the person named by chunk c of the words before or after a
// verb: the last name in it followed by nothing but such words as "has"
// and "also", letters such as "MP" and words in brackets (with atEnd
// set), or else the first, with the words before it in the chunk. A name
// in brackets ("(Labour, Leeds North)") is no speaker's.
func (d *quoteDrafter) nameIn(c Span, atEnd bool) (name, pre Span, ok bool) {
	s := d.text
	b := bracketIn(s, c)
	eachName(s, c.Start, c.End, &d.index, func(n Span, runStart int) {
		if !b.IsZero() && n.Start >= b.Start && n.End <= b.End {
			return // "Peter Brown (Labour, Leeds North)": a seat, not a speaker
		}
		if someOfAKind(s[n.Start:n.End]) {
			return // "Several PCCs": some of a kind, no one's name
		}
		end := n.End
		if pn := postNominalAt(s, n.End); !pn.IsZero() {
			end = pn.End // "Jane Smith MP said"
		}
		if e := designation(s, n, c.End); e > n.End {
			n.End, end = e, e // "Lord Smith of Leigh"
		}
		if !b.IsZero() && end <= b.Start && onlyAuxiliaries(s, end, b.Start) {
			end = b.End
		}
		if atEnd && !onlyAuxiliaries(s, end, c.End) && ofBody(s, end, c.End).IsZero() || !atEnd && name.End != 0 {
			return
		}
		name, pre, ok = n, Span{Start: c.Start, End: n.Start}, true
	})
	if ok {
		pre.Start, pre.End = trimSpaceSpan(s, pre.Start, pre.End)
	}
	return name, pre, ok
}

// ofBody returns the span of the body named after "of" that is all of
// s[i:end] but auxiliaries, "of North Yorkshire Council" in "Jane Smith of
// North Yorkshire Council said", "of the LGA": where the person named
// before it speaks from. It returns the zero Span if s[i:end] is anything
// else, "of Leeds" (a place, not a body) among them.
func ofBody(s string, i, end int) Span {
	j := after(s, i, end, "of")
	if j == i {
		return Span{}
	}
	c := trimAuxiliaries(s, Span{Start: j, End: end})
	c.Start, c.End = trimSpaceSpan(s, c.Start, c.End)
	c = stripDeterminer(s, c)
	text := s[c.Start:c.End]
	_, alias := orgAliases[text]
	if _, ok := orgName(s, c); !ok || !alias && !hasOrgWord(text) && !orgWord(lastWord(text)) {
		return Span{}
	}
	return c
}

// designation returns the end of a peer's territorial designation after
// the name n, "of Leigh" in "Lord Smith of Leigh", which is part of the
// name: "of" and a capitalised word, up to end. It returns n.End if
// there is none.
func designation(s string, n Span, end int) int {
	first, _, _ := strings.Cut(s[n.Start:n.End], " ")
	switch first {
	case "Lord", "Baroness", "Baron", "Lady":
	default:
		return n.End
	}
	i := after(s, n.End, end, "of")
	if i == n.End {
		return n.End
	}
	for w := range wordsIn(s, i, end) {
		if w.Start != i+1 || !nameWord(s[w.Start:w.End]) {
			return n.End
		}
		return w.End
	}
	return n.End
}

// possessiveBefore reports whether the words at pre, before a name, end
// with a possessive: "Labour's", "the Conservatives'".
func possessiveBefore(s string, pre Span) bool {
	t := strings.TrimSpace(s[pre.Start:pre.End])
	return unpossessive(t) != t || strings.HasSuffix(t, "s'") || strings.HasSuffix(t, "s’")
}

// bracketIn returns the span of the last words in brackets in c, "(Labour,
// Leeds North)", with the brackets; the zero Span if there are none.
func bracketIn(s string, c Span) Span {
	open := strings.LastIndexByte(s[c.Start:c.End], '(')
	if open < 0 {
		return Span{}
	}
	open += c.Start
	n := strings.IndexByte(s[open:c.End], ')')
	if n < 0 {
		return Span{}
	}
	return Span{Start: open, End: open + n + 1}
}

// onlyAuxiliaries reports whether s[i:end] holds only words such as
// "has", "also" and "today" that may stand between a subject and its verb.
func onlyAuxiliaries(s string, i, end int) bool {
	for w := range wordsIn(s, i, end) {
		if !auxWord(s[w.Start:w.End]) {
			return false
		}
	}
	return true
}

// auxWord reports whether w may stand between a subject and its verb:
// "has", "will", "also", "yesterday", "this morning". It holds the
// announcer's auxiliaries (draft_package.go) but for the forms of "be"
// (see beWord) and "set to", which a speaker's verb does not follow.
func auxWord(w string) bool {
	switch w {
	case "has", "had", "have", "also", "later", "previously", "earlier", "today", "yesterday", "then", "will",
		"would", "may", "could", "can", "should", "separately", "herself", "himself", "themselves", "itself",
		"however", "last", "night", "week", "recently", "once", "further", "been", "now", "already", "first",
		"initially", "originally", "again", "too", "formally", "officially", "just", "this", "morning":
		return true
	}
	return false
}

// trimAuxiliaries returns c without the words such as "has" and "also" at
// its end.
func trimAuxiliaries(s string, c Span) Span {
	for {
		last := Span{}
		for w := range wordsIn(s, c.Start, c.End) {
			last = w
		}
		if last.IsZero() || last.Start == c.Start || !auxWord(s[last.Start:last.End]) || strings.TrimSpace(s[last.End:c.End]) != "" {
			return c
		}
		c.End = last.Start
		c.Start, c.End = trimSpaceSpan(s, c.Start, c.End)
	}
}

// beWord reports whether w is a form of "be", which before a verb makes
// it passive: "has been criticised" names who was criticised, not who
// spoke.
func beWord(w string) bool {
	switch w {
	case "been", "was", "were", "is", "are", "be", "being":
		return true
	}
	return false
}

// person returns the attribution to the person named by the words at
// name, by the fullest form of their name in the article. The title of
// an office before the name ("Cllr") or its letters after it ("MP") are
// the person's role until the article gives another.
func (d *quoteDrafter) person(name Span) attribution {
	ws := strings.Fields(d.text[name.Start:name.End])
	key := d.index.fullest(ws)
	info := d.info(key)
	if g := titleGender(ws[0]); g != 0 && info.gender == 0 {
		info.gender = g
	}
	if k := titled(ws); k > 0 && officeTitle(ws[k-1]) && info.role == "" {
		title := Span{Start: name.Start}
		for w := range wordsIn(d.text, name.Start, name.End) {
			title.End = w.End
			if k--; k == 0 {
				break
			}
		}
		info.role, info.roleAt, info.titled = d.text[title.Start:title.End], title, true
	}
	if pn := postNominalAt(d.text, name.End); !pn.IsZero() && officeLetters(d.text[pn.Start:pn.End]) && info.role == "" {
		info.role, info.roleAt, info.titled = d.text[pn.Start:pn.End], pn, true
	}
	return attribution{key: key, span: name, sure: Explicit}
}

// info returns the speakerInfo of the person with full name key, adding
// one if there is none.
func (d *quoteDrafter) info(key string) *speakerInfo {
	in := d.people[key]
	if in == nil {
		in = &speakerInfo{}
		d.people[key] = in
	}
	return in
}

// holds reports whether ws appear in name as consecutive words.
func holds(name, ws []string) bool {
	for i := 0; i+len(ws) <= len(name); i++ {
		same := true
		for k := range ws {
			if name[i+k] != ws[k] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// setRole keeps the longer of the roles known and the words at sp.
func (in *speakerInfo) setRole(s string, sp Span) {
	if sp.IsZero() {
		return
	}
	role := s[sp.Start:sp.End]
	in.setParty(s, sp)
	if clauseRole(role) {
		return
	}
	if len(role) > len(in.role) || in.titled {
		in.role, in.roleAt, in.titled = role, sp, false
	}
}

// setParty records the first party named in the words at sp.
func (in *speakerInfo) setParty(s string, sp Span) {
	if in.party != "" {
		return
	}
	for w := range wordsIn(s, sp.Start, sp.End) {
		// "Labour's", "the Conservatives'"
		if p := partyOf(strings.TrimRight(unpossessive(s[w.Start:w.End]), "'’")); p != "" {
			in.party, in.partyAt = p, w
			return
		}
	}
}

// partyOf returns the party that word w names, or "".
func partyOf(w string) string {
	switch w {
	case "Conservative", "Conservatives", "Tory", "Tories":
		return "Conservative"
	case "Labour":
		return "Labour"
	case "Liberal", "Lib":
		return "Liberal Democrats"
	case "Green", "Greens":
		return "Green"
	case "Reform":
		return "Reform UK"
	case "SNP":
		return "SNP"
	case "Plaid":
		return "Plaid Cymru"
	case "DUP":
		return "DUP"
	}
	return ""
}

// apposition reads what a phrase set off by commas after a name says of
// the person: "leader of the Conservative Group in the London Assembly"
// (a role, and its party), "the Met's public protection lead" (an
// organisation and a role), "NHS England (London)" (an organisation).
func (in *speakerInfo) apposition(s string, c Span) {
	for _, also := range [...]string{"who is also ", "who was also ", "who also "} {
		if strings.HasPrefix(s[c.Start:c.End], also) {
			// "Shona Robison, who is also the deputy first minister,": a
			// further post, not the one the article names them by.
			return
		}
	}
	c = trimAuxiliaries(s, stripDeterminer(s, c))
	text := s[c.Start:c.End]
	if i := possessiveEnd(text); i > 0 {
		org := Span{Start: c.Start, End: c.Start + i}
		rest := Span{Start: c.Start + i, End: c.End}
		rest.Start, rest.End = trimSpaceSpan(s, rest.Start, rest.End)
		if in.org == "" {
			in.org, in.orgAt = aliasOrg(unpossessive(s[org.Start:org.End])), org
		}
		in.setRole(s, rest)
		return
	}
	if hasRoleWord(s, c) {
		in.setRole(s, c)
		return
	}
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) && in.org == "" {
		in.org, in.orgAt = aliasOrg(text), c
		in.setParty(s, c)
	}
}

// possessiveEnd returns the length of text up to the end of a capitalised
// possessive that ends a run of capitalised words at its start ("Met's",
// "Scottish Government’s"), or 0.
func possessiveEnd(text string) int {
	at := 0
	for n := 0; n < 5 && at < len(text); n++ {
		w, _, _ := strings.Cut(text[at:], " ")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return 0
		}
		if unpossessive(w) != w {
			if at+len(w) < len(text) {
				return at + len(w)
			}
			return 0
		}
		at += len(w) + 1
	}
	return 0
}

// unpossessive returns w without "'s" or "’s" at its end.
func unpossessive(w string) string {
	for _, p := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, p) {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// hasRoleWord reports whether the words at c name a post.
func hasRoleWord(s string, c Span) bool {
	for w := range wordsIn(s, c.Start, c.End) {
		if roleWord(s[w.Start:w.End]) {
			return true
		}
	}
	return false
}

// isRolePhrase reports whether the words at c are a short phrase naming a
// post, "The Mayor of London", rather than a clause.
func isRolePhrase(s string, c Span) bool {
	n := 0
	for w := range wordsIn(s, c.Start, c.End) {
		n++
		if n > 8 || speechVerb(s[w.Start:w.End]) != verbNone || isDigit(s[w.Start]) {
			return false
		}
	}
	return hasRoleWord(s, c)
}

// roleText returns the words at c as a role: without a leading
// conjunction, time or determiner, and zero unless they name a post.
func roleText(s string, c Span) Span {
	c = stripDeterminer(s, stripWhen(s, stripLeading(s, c)))
	if c.Start >= c.End || !hasRoleWord(s, c) {
		return Span{}
	}
	return c
}

// stripLeading returns c without the conjunctions and adverbs that may
// start it: "but", "and", "while".
func stripLeading(s string, c Span) Span {
	for {
		w, rest, ok := strings.Cut(s[c.Start:c.End], " ")
		if !ok {
			return c
		}
		switch strings.ToLower(w) {
		case "but", "and", "while", "so", "yet", "as", "however", "meanwhile", "also", "today", "yesterday",
			"earlier", "later", "separately", "now", "then":
			c.Start += len(w) + len(" ")
			_ = rest
		default:
			return c
		}
	}
}

// stripWhen returns the words of a post at c without a time before them:
// "On Wednesday local government secretary", "Last week the council
// leader" name a post, with when it spoke.
func stripWhen(s string, c Span) Span {
	w, rest, ok := strings.Cut(s[c.Start:c.End], " ")
	if !ok {
		return c
	}
	switch strings.ToLower(w) {
	case "on", "last", "this":
	default:
		return c
	}
	next, _, _ := strings.Cut(rest, " ")
	if !whenWord(strings.ToLower(strings.TrimRight(next, ","))) || len(next) == len(rest) {
		return c
	}
	a, b := trimSpaceSpan(s, c.Start+len(w)+len(" ")+len(next), c.End)
	for a < b && s[a] == ',' {
		a, b = trimSpaceSpan(s, a+1, b)
	}
	if a < b && s[a] == '(' {
		// "Last week (24 January) the government": the date in
		// brackets is the time's.
		if k := strings.IndexByte(s[a:b], ')'); k > 0 && bracketedDate(s[a+1:a+k]) {
			a, b = trimSpaceSpan(s, a+k+1, b)
		}
	}
	return stripLeading(s, Span{Start: a, End: b})
}

// bracketedDate reports whether w, the words in brackets after a time,
// are a day of a month: "24 January", "January 24".
func bracketedDate(w string) bool {
	day, month, ok := strings.Cut(w, " ")
	if !ok {
		return false
	}
	if monthOf(lowerASCII(day)) != 0 {
		day, month = month, day
	}
	return monthOf(lowerASCII(month)) != 0 && len(day) <= 2 && strings.Trim(day, "0123456789") == ""
}

// whenWord reports whether w, in lower case, names a day or a span of
// time that "on", "last" or "this" makes a time: "Wednesday", "week".
func whenWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "autumn", "spring", "summer", "winter":
		return true
	}
	return false
}

// stripDeterminer returns c without a leading "the", "a" or "an".
func stripDeterminer(s string, c Span) Span {
	for _, w := range [...]string{"The ", "the ", "A ", "a ", "An ", "an "} {
		if strings.HasPrefix(s[c.Start:c.End], w) {
			c.Start += len(w)
			break
		}
	}
	return c
}

// pronoun returns 'f' for "she", 'm' for "he", 'o' for "it", or 0.
func pronoun(w string) byte {
	switch w {
	case "she", "She":
		return 'f'
	case "he", "He":
		return 'm'
	case "it", "It":
		return 'o'
	}
	return 0
}

// resolvePronoun returns the speaker a pronoun at sp names: for "she" or
// "he" the last speaker named whose gender, if known, agrees, or failing
// any the last person named before it; for "it" the last organisation
// that spoke. It is Inferred if that speaker is the last one named or
// their gender is known to agree, and Guessed otherwise.
func (d *quoteDrafter) resolvePronoun(g byte, sp Span) (attribution, bool) {
	if g == 'o' {
		for i := len(d.who) - 1; i >= 0 && i >= len(d.who)-lookBack; i-- {
			if d.who[i].org != "" {
				return attribution{org: d.who[i].org, span: sp, sure: Guessed}, true
			}
		}
		return attribution{}, false
	}
	for i := len(d.recent) - 1; i >= 0 && i >= len(d.recent)-lookBack; i-- {
		key := d.recent[i]
		got := d.people[key].gender
		if got != 0 && got != g {
			continue
		}
		if got == 0 {
			if att, ok := d.namedSince(key, g, sp); ok {
				return att, true
			}
		}
		sure := Guessed
		if got == g || i == len(d.recent)-1 {
			sure = Inferred
			// "She added:" of the one who spoke last tells her gender,
			// so that a later "he" is not hers.
			d.people[key].gender = g
		}
		return attribution{key: key, span: sp, sure: sure}, true
	}
	before := sort.Search(len(d.names), func(i int) bool { return d.names[i].at >= sp.Start })
	for i := before - 1; i >= 0 && i >= before-lookBack; i-- {
		n := d.names[i]
		if n.gender != 0 && n.gender != g {
			continue
		}
		if in := d.people[d.index.fullest(n.words)]; n.gender == 0 && in != nil && in.gender != 0 && in.gender != g {
			// "Leonard … he said" then "She said:": a person the article
			// has already called "he" is no "she", though named last.
			continue
		}
		return d.person(Span{Start: n.at, End: n.at + len(strings.Join(n.words, " "))}).guessed(sp), true
	}
	return attribution{}, false
}

// namedSince returns the person of gender g named last before the
// pronoun at sp, if the article names them after its last naming of the
// speaker key, whose gender it does not give: in "Jane Smith said the sum
// was welcome. However, Mr Jones was not convinced. “…,” he said." he is
// Mr Jones, named since, not Jane Smith, who spoke last. It is Inferred,
// or Guessed for the person named last, of no gender known, who opens a
// sentence of the pronoun's paragraph (see opensSentence).
func (d *quoteDrafter) namedSince(key string, g byte, sp Span) (attribution, bool) {
	// The speaker's own last naming as speaking, which may be by a word
	// of their name alone ("Bibby said …"), that the names of two words
	// or more do not hold: no one named before it is named since.
	since := -1
	for k := sort.Search(len(d.spoke), func(k int) bool { return d.spoke[k].at >= sp.Start }) - 1; k >= 0; k-- {
		if d.spoke[k].key == key {
			since = d.spoke[k].at
			break
		}
	}
	before := sort.Search(len(d.names), func(i int) bool { return d.names[i].at >= sp.Start })
	for i := before - 1; i >= 0 && i >= before-lookBack; i-- {
		n := d.names[i]
		k := d.index.fullest(n.words)
		if k == key || n.at < since {
			return attribution{}, false
		}
		gender := n.gender
		if in := d.people[k]; gender == 0 && in != nil {
			gender = in.gender
		}
		if gender == g || gender == 0 && i == before-1 && d.opensSentence(n.at, sp.Start) {
			att := d.person(Span{Start: n.at, End: n.at + len(strings.Join(n.words, " "))})
			att.span, att.sure = sp, Inferred
			if gender == 0 {
				att.sure = Guessed
			}
			return att, true
		}
	}
	return attribution{}, false
}

// opensSentence reports whether the name at offset at opens a sentence
// of the paragraph that holds the pronoun at sp: "Bob Jones was more
// critical. “It is a disgrace,” he said." names, as its subject, the one
// "he" most likely is, whose gender the article does not give (Guessed).
func (d *quoteDrafter) opensSentence(at, sp int) bool {
	if strings.IndexByte(d.text[at:sp], '\n') >= 0 {
		return false
	}
	start := strings.LastIndexByte(d.text[:at], '\n') + 1
	before := strings.TrimRight(d.text[start:at], " ")
	return before == "" || terminal(before[len(before)-1])
}

// lookBack is how many speakers or names back a pronoun is resolved, so
// that resolving one takes bounded time however many an article holds.
const lookBack = 64

// guessed returns a as a Guessed attribution by the words at sp.
func (a attribution) guessed(sp Span) attribution {
	a.span, a.sure = sp, Guessed
	return a
}

// heard reports whether the speaker a names has spoken in the article
// before: a person heard, a post such a person holds, or an organisation
// that a claim before was given.
func (d *quoteDrafter) heard(a attribution) bool {
	switch {
	case a.key != "":
		in, ok := d.people[a.key]
		return ok && in.heard
	case a.role != "":
		return d.holder(a.role) != ""
	case a.org != "":
		for _, w := range d.who {
			if w.org == a.org {
				return true
			}
		}
	}
	return false
}

// learnGender records the gender of a's person from a pronoun straight
// after its verb ("Hall … said she was glad"), and that the person has
// spoken; a speaker named only by a post is the post's one holder, if the
// article has one (see holder).
func (d *quoteDrafter) learnGender(a attribution, i, end int) {
	if a.key == "" && a.role != "" {
		// "However, the SDLP leader said his party had concerns", after
		// "SDLP leader Colum Eastwood": the post's one holder spoke, whom
		// a pronoun after it takes up.
		a.key = d.holder(a.role)
	}
	if a.key == "" {
		return
	}
	info := d.info(a.key)
	if info.gender == 0 {
		for w := range wordsIn(d.text, i, end) {
			if g := pronoun(d.text[w.Start:w.End]); g == 'f' || g == 'm' {
				info.gender = g
			}
			break
		}
	}
	if n := len(d.recent); n == 0 || d.recent[n-1] != a.key {
		d.recent = append(d.recent, a.key)
	}
	if !info.heard {
		info.heard = true
		d.order = append(d.order, a.key)
	}
}

// orgName returns the organisation the words at c name as a speaker: "The
// mayor's office", "the Met", "NHS England", "A spokesperson for the
// Department for Education", "A Home Office spokesperson". A time before
// the body says when it spoke, as one before a post does (see stripWhen):
// "Last month the Government announced …".
func orgName(s string, c Span) (string, bool) {
	c = stripWhen(s, stripLeading(s, c))
	if name, ok := spelledOut(s, c); ok {
		// "The Department for Levelling Up, Housing and Communities
		// (DLUHC)": the name the initials spell, commas and all.
		return name, true
	}
	text := s[c.Start:c.End]
	if text == "" || len(text) > 80 {
		return "", false
	}
	for _, sp := range [...]string{"spokesperson for ", "spokesman for ", "spokeswoman for ", "source at "} {
		if i := strings.Index(text, sp); i >= 0 {
			text = text[i+len(sp):]
			break
		}
	}
	for _, sp := range [...]string{" spokesperson", " spokesman", " spokeswoman", " source", " figures", " data",
		" statistics", " analysis", " research", " report", " documents"} {
		text = strings.TrimSuffix(text, sp)
	}
	for _, w := range strings.Fields(text) {
		if beWord(w) || auxWord(w) || speechVerb(w) != verbNone {
			return "", false
		}
	}
	det := false
	for _, w := range [...]string{"The ", "the ", "A ", "a ", "An ", "an "} {
		if strings.HasPrefix(text, w) {
			text, det = text[len(w):], true
			break
		}
	}
	text = bodyName(text)
	if det {
		// "the local Conservative administration": the body's name starts at
		// its first capital.
		for at, w := 0, text; ; {
			first, rest, ok := strings.Cut(w, " ")
			r, _ := utf8.DecodeRuneInString(first)
			if !ok || unicode.IsUpper(r) || !hasUpperWord(rest) {
				text = text[at:]
				break
			}
			at += len(first) + 1
			w = rest
		}
	}
	if _, ok := orgAliases[text]; ok {
		return aliasOrg(text), true // "Number 10", whose digits are its name
	}
	if text == "" || strings.ContainsAny(text, "0123456789£$€") {
		return "", false
	}
	if last := lastWord(text); last != text && functionWord(last) {
		return "", false // "Opposition councillors spoke and": a clause, no body's name
	}
	r, _ := utf8.DecodeRuneInString(text)
	first, _, _ := strings.Cut(text, " ")
	switch {
	case functionWord(first) || pronoun(first) != 0 || unnamedSpeakers(text) || calendarWord(text):
		// "will be announced by March", "by Friday": when, not who.
		return "", false
	case unicode.IsUpper(r) && len(strings.Fields(text)) <= 6:
		if !det && roleWord(first) && !hasOrgWord(text) {
			return "", false // "Mayor", a post, not a body
		}
		return aliasOrg(text), true
	case det && hasOrgWord(text):
		return aliasOrg(text), true
	}
	return "", false
}

// spelledOut returns the name that ends the words at c in s, with the
// initials in brackets after it left out, when the name's words, read
// back from the brackets past commas, begin with the letters of the
// initials in turn, a capital with a capitalised word and a small letter
// with a small word, and "for", "of", "and", "the" and "&" left out where
// the initials give them no letter: "The Department for Levelling Up,
// Housing and Communities (DLUHC)" is the "Department for Levelling Up,
// Housing and Communities", though c, cut at a comma, holds only its last
// words; "Department for Transport (DfT)" is the "Department for
// Transport". Brackets holding other words are part of the name: "NHS
// England (London)".
func spelledOut(s string, c Span) (string, bool) {
	text := s[c.Start:c.End]
	open := strings.LastIndex(text, " (")
	if open < 0 || !strings.HasSuffix(text, ")") {
		return "", false
	}
	initials := text[open+2 : len(text)-1]
	capitals := 0
	for i := 0; i < len(initials); i++ {
		switch b := initials[i]; {
		case 'A' <= b && b <= 'Z':
			capitals++
		case 'a' <= b && b <= 'z' && i > 0:
		default:
			return "", false
		}
	}
	if len(initials) > 8 || capitals < 2 || initials[0] > 'Z' {
		return "", false
	}
	end := c.Start + open
	start := strings.LastIndexAny(s[:end], ".\n:;“”\"") + 1
	ws := strings.Fields(s[start:end])
	k, first := len(initials), len(ws)
	for i := len(ws) - 1; i >= 0 && k > 0; i-- {
		w := strings.TrimSuffix(ws[i], ",")
		switch {
		case w == "":
			return "", false
		case w[0] == initials[k-1]:
		case w == "for" || w == "of" || w == "and" || w == "the" || w == "&":
			continue
		default:
			return "", false
		}
		k--
		first = i
	}
	if k > 0 {
		return "", false
	}
	at := strings.Index(s[start:end], ws[first])
	return strings.TrimSpace(s[start+at : end]), true
}

// calendarWord reports whether w is one word naming a month ("March",
// "Dec") or a day of the week ("Friday"), a time and never a body.
func calendarWord(w string) bool {
	l := lowerASCII(w)
	if monthOf(l) != 0 {
		return true
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if l == lowerASCII(d.String()) {
			return true
		}
	}
	return false
}

// unnamedSpeakers reports whether text names speakers by what they are,
// not who: "Critics", "Campaigners", "Ministers", "Politicians" at the
// start of a sentence are no organisation, nor are some of a kind
// ("Several PCCs", "Some councils", "Many charities").
func unnamedSpeakers(text string) bool {
	if someOfAKind(text) || postsPlural(text) {
		return true
	}
	switch strings.ToLower(text) {
	case "critics", "campaigners", "officials", "experts", "residents", "ministers", "opponents", "sources",
		"analysts", "economists", "councillors", "mps", "parents", "teachers", "doctors", "nurses", "charities",
		"others", "people", "researchers", "insiders", "observers", "supporters", "leaders", "bosses", "unions",
		"politicians", "activists", "academics", "lawmakers":
		return true
	}
	return false
}

// postsPlural reports whether text names speakers by a post in the
// plural, at most five words, with an initialism in brackets after it or
// none: "Council leaders", "Police and crime commissioners (PCCs)". Many
// hold the post, and none is named.
func postsPlural(text string) bool {
	if i := strings.LastIndex(text, " ("); i > 0 && strings.HasSuffix(text, ")") {
		text = text[:i]
	}
	if strings.Count(text, " ") > 4 {
		return false
	}
	last := lastWord(text)
	sing, ok := strings.CutSuffix(last, "s")
	return ok && roleWord(strings.ToLower(sing)) && strings.ToLower(sing) != "pm"
}

// someOfAKind reports whether text names speakers as some of a kind, a
// quantifier and at most three words ending in a plural: "Several PCCs",
// "Some councils", "Many Labour MPs". Whichever of them spoke, no one is
// named.
func someOfAKind(text string) bool {
	first, rest, ok := strings.Cut(text, " ")
	if !ok || rest == "" || strings.Count(rest, " ") > 2 || !strings.HasSuffix(rest, "s") {
		return false
	}
	switch strings.ToLower(first) {
	case "several", "some", "many", "various", "numerous", "few":
		return true
	}
	return false
}

// insiders reports whether text names speakers by what they are within a
// body that may be the article's announcer: "Ministers", "Council bosses",
// "senior government officials", "Whitehall sources".
func insiders(text string) bool {
	last := text[strings.LastIndexByte(text, ' ')+1:]
	if len(last) < len("chiefs") || len(last) > len("spokespeople") || last[len(last)-1] != 's' && last[len(last)-1] != 'n' {
		return false // spares the words of most subjects
	}
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	switch ws[len(ws)-1] {
	case "ministers", "officials", "bosses", "chiefs", "sources", "spokespeople", "spokesmen", "spokeswomen":
	default:
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !bodyWord(w) && w != "the" && w != "senior" && w != "local" {
			return false
		}
	}
	return true
}

// bodyWord reports whether w, in lower case, is the generic noun of a kind
// of body that names no one body by itself: "government", "council".
func bodyWord(w string) bool {
	switch w {
	case "government", "council", "department", "ministry", "authority", "executive", "administration", "whitehall",
		"county", "city", "town", "hall":
		return true
	}
	return false
}

// insiderOf reports whether speakers named as kind (see insiders), or a
// body named only by a generic noun ("the government"), may be of the
// announcer org: each body word in kind is in org's name ("Council bosses"
// of Gloucestershire County Council), and ministers belong to a
// government, a department, a ministry, an executive or the Treasury.
func insiderOf(kind, org string) bool {
	ws := strings.Fields(strings.ToLower(kind))
	name := strings.ToLower(org)
	for _, w := range ws {
		if bodyWord(w) && w != "whitehall" && !strings.Contains(name, w) {
			return false
		}
	}
	if ws[len(ws)-1] == "ministers" || ws[len(ws)-1] == "whitehall" {
		for _, b := range [...]string{"government", "department", "ministry", "executive", "treasury", "office"} {
			if strings.Contains(name, b) {
				return true
			}
		}
		return false
	}
	return true
}

// genericBody reports whether org is a body named only by a generic noun,
// "government", "council", which insiderOf may place.
func genericBody(org string) bool {
	ws := strings.Fields(strings.ToLower(org))
	return len(ws) == 1 && bodyWord(ws[0])
}

// announcer returns the one organisation the article has announcing its
// money, speaking as one or as the organisation of the person who
// announces, or else, if none announces, the one that reports a finding
// ("… has been spent …, Scottish Government figures have revealed"); ""
// if it has none or more than one.
func (d *quoteDrafter) announcer() string {
	org, ok := d.onlyOrg(func(a attribution) bool { return a.announces })
	if org == "" && ok {
		org, _ = d.onlyOrg(func(a attribution) bool { return a.finds })
	}
	return org
}

// onlyOrg returns the one organisation of the attributions that match:
// the organisation speaking, or the person's; "" with ok false if there
// is more than one, "" with ok true if there is none.
func (d *quoteDrafter) onlyOrg(match func(attribution) bool) (org string, ok bool) {
	for _, att := range d.who {
		if !match(att) {
			continue
		}
		o := att.org
		if att.key != "" {
			o = d.info(att.key).org
		}
		switch {
		case o == "" || genericBody(o) || o == org:
		case org != "":
			return "", false
		default:
			org = o
		}
	}
	return org, true
}

// bodyName returns text up to a phrase that says when or where rather
// than who: "the council on Monday", "the Welsh Government for the sector
// in September". A word such as "for" before a capital stays, as in
// "Department for Education".
func bodyName(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' {
			continue
		}
		w, rest, _ := strings.Cut(text[i+1:], " ")
		switch w {
		case "on", "in", "at", "for", "to", "from", "with", "last", "this", "yesterday", "today", "earlier", "after", "when", "as":
			if rest == "" || 'a' <= rest[0] && rest[0] <= 'z' || w == "yesterday" || w == "today" || isDigit(rest[0]) {
				return text[:i]
			}
		}
	}
	return text
}

// hasUpperWord reports whether a word of text starts with a capital.
func hasUpperWord(text string) bool {
	for _, w := range strings.Fields(text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// hasOrgWord reports whether text holds a word of a body: "office",
// "council", "government" and the like, in any case.
func hasOrgWord(text string) bool {
	for _, w := range strings.Fields(text) {
		switch strings.ToLower(strings.TrimRight(w, ".,;:")) {
		case "office", "council", "government", "department", "ministry", "force", "service", "charity", "union",
			"party", "trust", "agency", "authority", "board", "group", "committee", "commission", "police",
			"treasury", "nhs", "team", "campaign", "association", "federation", "institute", "university", "administration",
			"company", "firm", "watchdog", "regulator", "inquiry", "panel":
			return true
		}
	}
	return false
}

// byOrg returns the organisation named after "by" in the words at c, the
// subject of a verb of finding: "An initial data search by the Met".
func byOrg(s string, c Span) (string, Span, bool) {
	text := s[c.Start:c.End]
	i := strings.LastIndex(text, " by ")
	if i < 0 {
		return "", Span{}, false
	}
	sp := Span{Start: c.Start + i + len(" by "), End: c.End}
	org, ok := orgName(s, sp)
	return org, sp, ok
}

// roleOnly returns the speaker named only by a post, "the mayor",
// "SCOTLAND’S Finance Secretary", "Last year the PM": finish looks for the
// person of the article who holds it.
func (d *quoteDrafter) roleOnly(c Span) (attribution, bool) {
	if i := lastThe(d.text[c.Start:c.End]); i >= 0 {
		c.Start += i + len(" the ")
	}
	c = stripDeterminer(d.text, c)
	if i := possessiveEnd(d.text[c.Start:c.End]); i > 0 {
		c.Start, c.End = trimSpaceSpan(d.text, c.Start+i, c.End)
	}
	text := d.text[c.Start:c.End]
	if len(strings.Fields(text)) > 5 || !hasRoleWord(d.text, c) {
		return attribution{}, false
	}
	for _, w := range strings.Fields(text) {
		switch w {
		case "his", "her", "their", "its", "our", "my":
			return attribution{}, false // "mayor has published his draft": no post
		}
		if auxWord(w) || beWord(w) || speechVerb(w) != verbNone {
			return attribution{}, false
		}
	}
	return attribution{role: text, span: c, sure: Guessed}, true
}

// lastThe returns the index in text of its last " the " that opens a
// phrase rather than continuing a post's name after "of" or "for" ("the
// Chancellor of the Exchequer"), or -1.
func lastThe(text string) int {
	for end := len(text); ; {
		i := strings.LastIndex(text[:end], " the ")
		if i < 0 {
			return -1
		}
		if !strings.HasSuffix(text[:i], " of") && !strings.HasSuffix(text[:i], " for") {
			return i
		}
		end = i
	}
}

// postAt returns the speaker named only by a post in a body, "the
// opposition leader on Ashby Council", "the finance chief at Ashby
// Council", "The Leader of Leeds City Council": a post in lower-case
// words or capitalised words of posts, one of them naming it, then "on",
// "at" or "of" and the body's capitalised name. The body is where the post
// is held, not the speaker. The body may be one of its kind that a news
// story's lede leaves unnamed, "The leader of a North London council", an
// indefinite article before the capitalised words: its holder is named
// later, as the holder of "The Leader of Leeds City Council" is.
func postAt(s string, c Span) (attribution, bool) {
	c = stripDeterminer(s, c)
	text := s[c.Start:c.End]
	ws := strings.Fields(text)
	upper := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	for i, w := range ws {
		if i == 0 || i > 4 || !bodyPreposition(w) {
			if upper(w) && !roleWord(w) && !qualifier(w) || i > 4 {
				return attribution{}, false
			}
			continue
		}
		post := strings.Join(ws[:i], " ")
		body := i + 1
		if body+1 < len(ws) && (ws[body] == "a" || ws[body] == "an") {
			body++
		}
		if body >= len(ws) || !upper(ws[body]) || !hasRoleWord(post, Span{0, len(post)}) {
			return attribution{}, false
		}
		return attribution{role: text, span: c, sure: Guessed}, true
	}
	return attribution{}, false
}

// oppositionOf returns the party that "the opposition" speaking in
// sentence sent is: the one party the article names besides those sent
// names, whom the opposition opposes ("The opposition has accused the
// Conservatives of …" in an article that names Labour and the
// Conservatives only); false if there is none or more than one.
func (d *quoteDrafter) oppositionOf(sent Span) (string, bool) {
	if d.parties == nil {
		d.parties = partiesIn(d.text, 0, len(d.text))
	}
	opposed := partiesIn(d.text, sent.Start, sent.End)
	party := ""
	for _, p := range d.parties {
		if slices.Contains(opposed, p) {
			continue
		}
		if party != "" {
			return "", false
		}
		party = p
	}
	return party, party != ""
}

// partiesIn returns the parties s[a:b] names, each once, in order.
func partiesIn(s string, a, b int) []string {
	out := []string{}
	for w := range wordsIn(s, a, b) {
		if p := partyOf(unpossessive(s[w.Start:w.End])); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// holder returns the person of the article whose role is role, in any
// case, or else starts with it, or else the one person whose role holds
// it, with role's possessive body ("the council’s") first left out; ""
// if there is none or more than one.
func (d *quoteDrafter) holder(role string) string {
	if w, post, ok := strings.Cut(role, " "); ok && unpossessive(w) != w && unicode.IsLower(rune(w[0])) {
		// "the council’s finance lead": the post is "finance lead", held
		// in the body the possessive names.
		if key := d.holder(post); key != "" {
			return key
		}
	}
	low := strings.ToLower(role)
	for _, test := range [...]func(string) bool{
		func(r string) bool { return r == low },
		func(r string) bool { return strings.HasPrefix(r, low) },
		func(r string) bool { return strings.Contains(r, low) },
	} {
		key := ""
		for _, k := range d.order[max(0, len(d.order)-lookBack):] {
			if test(strings.ToLower(d.people[k].role)) {
				if key != "" {
					return ""
				}
				key = k
			}
		}
		if key != "" {
			return key
		}
	}
	i, ok := d.index.byRole[low]
	if !ok {
		// "The Cabinet Secretary said:" after "The Cabinet Secretary for
		// Housing and Local Government, Jayne Bryant,": a post named
		// without its portfolio is the one person named with it.
		i, ok = d.index.portfolio(low)
	}
	if ok {
		n := d.index.names[i]
		key := d.index.fullest(n)
		if in := d.info(key); in.role == "" {
			in.role = d.index.roles[i]
		}
		return key
	}
	return ""
}

// headHolder returns the one person of the article whose role has the
// head noun of role, a post given without the words that tell it from
// others ("the opposition leader" after "Jo Bell, leader of the Green
// Group"; "the opposition leader on Ashby Council" after "Ashby Green
// leader Jo Bell"); "" if there is none or more than one, or role has no
// head that names a post. A post held in another body than role names is
// another post ("leader of Ashby Council" is not "leader of the Green
// Group"). A careful reader takes the post so, and checks it.
func (d *quoteDrafter) headHolder(role string) string {
	ws := strings.Fields(role)
	if i := slices.IndexFunc(ws, bodyPreposition); i > 0 {
		ws = ws[:i] // "opposition leader on Ashby Council": "leader"
	}
	if len(ws) == 0 {
		return ""
	}
	head := ws[len(ws)-1]
	if !roleWord(head) || slices.ContainsFunc(ws, qualifier) {
		return ""
	}
	key, body := "", postBody(role)
	for _, k := range d.order[max(0, len(d.order)-lookBack):] {
		r := d.people[k].role
		if b := postBody(r); body != "" && b != "" && b != body {
			continue // "leader of Ashby Council" is not "leader of the Green Group"
		}
		if strings.EqualFold(roleHead(r), head) {
			if key != "" {
				return ""
			}
			key = k
		}
	}
	return key
}

// postBody returns the body a post is held in, in lower case and without
// "the": the words after its first "of", "on" or "at" ("leader of the
// Green Group" is held in "green group"); "" if it names none.
func postBody(role string) string {
	ws := strings.Fields(strings.ToLower(role))
	i := slices.IndexFunc(ws, bodyPreposition)
	if i < 0 {
		return ""
	}
	ws = ws[i+1:]
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// roleHead returns the head noun of a post: its first word before "of",
// "on" or "at" ("leader of the Green Group"), or else its last word when
// it has none ("opposition leader", "Labour leader"); "" for a post worded
// otherwise ("chief executive of the trust") or qualified ("Labour deputy
// leader"), whose head is not the post.
func roleHead(role string) string {
	ws := strings.Fields(role)
	switch {
	case slices.ContainsFunc(ws, qualifier):
		return "" // "Labour deputy leader" is no leader
	case len(ws) > 1 && bodyPreposition(ws[1]):
		return ws[0]
	case len(ws) > 0 && !slices.ContainsFunc(ws, bodyPreposition):
		return ws[len(ws)-1]
	}
	return ""
}

// bodyPreposition reports whether w ties a post to the body it is held
// in: "of", "on", "at".
func bodyPreposition(w string) bool { return w == "of" || w == "on" || w == "at" }

// targetVerb reports whether w is a verb of speech whose object is whom
// or what the speaker speaks of or to ("accused the council of …", "told
// the BBC"), never the speaker, as it is after "said" in "said Jane
// Smith".
func targetVerb(w string) bool {
	switch w {
	case "told", "tells", "called", "calls", "calling", "described", "describes", "branded", "labelled", "dismissed",
		"criticised", "criticises", "criticising", "accused", "hailed", "urged", "praised", "welcomed", "welcomes",
		"slammed", "slams", "blasted", "blasts", "condemned", "condemns", "lambasted", "attacked", "attacks",
		"questioned", "hit", "hits", "hitting", "blamed", "blames", "blaming", "compared", "likened", "likens":
		return true
	}
	return false
}

// hitWord reports whether w is the verb of "hit out at", whose object is
// the speaker's target.
func hitWord(w string) bool { return w == "hit" || w == "hits" || w == "hitting" }

// targets reports whether the verb of speech ending at verbAt in s is
// "hit out", whose words after ("at the Government's £20m fund") name its
// target, no statement.
func targets(s string, verbAt int) bool {
	before, ok := strings.CutSuffix(s[max(0, verbAt-16):verbAt], " out")
	return ok && hitWord(lastWord(before))
}

// qualifier reports whether w makes a post another than its head names:
// "deputy", "shadow", "former".
func qualifier(w string) bool {
	switch strings.ToLower(w) {
	case "deputy", "shadow", "former", "acting", "interim", "vice", "assistant", "ex", "outgoing", "incoming":
		return true
	}
	return false
}

// caseSet returns the set of words, each as given and with its first
// letter in upper case: the words are looked up as the article writes
// them, without lowering each.
func caseSet(words ...string) map[string]bool {
	m := make(map[string]bool, 2*len(words))
	for _, w := range words {
		m[w] = true
		if w != "" && 'a' <= w[0] && w[0] <= 'z' {
			m[string(w[0]-'a'+'A')+w[1:]] = true
		}
	}
	return m
}

// orgAliases are the full names of bodies that news reports name short.
var orgAliases = map[string]string{
	"Met":                 "Metropolitan Police Service",
	"Met Police":          "Metropolitan Police Service",
	"Metropolitan Police": "Metropolitan Police Service",
	"Scotland Yard":       "Metropolitan Police Service",
	// The national bodies UK reports name by their initials alone, as
	// well known: their full names, the records' form.
	"TUC":   "Trades Union Congress",
	"STUC":  "Scottish Trades Union Congress",
	"LGA":   "Local Government Association",
	"WLGA":  "Welsh Local Government Association",
	"NILGA": "Northern Ireland Local Government Association",
	"COSLA": "Convention of Scottish Local Authorities",
	"Cosla": "Convention of Scottish Local Authorities",
	"CBI":   "Confederation of British Industry",
	"FSB":   "Federation of Small Businesses",
	"IFS":   "Institute for Fiscal Studies",
	"BMA":   "British Medical Association",
	"RCN":   "Royal College of Nursing",
	"NFU":   "National Farmers' Union",
	// The Prime Minister's office, by its address.
	"Number 10": "Downing Street",
	"No 10":     "Downing Street",
	"No10":      "Downing Street",
}

// aliasOrg returns the full name of the body named org, without the
// initials it is given by in brackets after it (see spelledOut).
func aliasOrg(org string) string {
	if full, ok := orgAliases[org]; ok {
		return full
	}
	if name, ok := spelledOut(org, Span{End: len(org)}); ok {
		return name
	}
	return org
}
