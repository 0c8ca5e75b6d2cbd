package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// An asserted is what one quotation asserts: its assertions, in the order
// of their words, how sure the drafter is of each, notes (spans relative to
// the quotation), and its stance towards the announcement, with the words
// that show it.
type asserted struct {
	as       Assertions
	sure     []Confidence
	notes    []Note
	stance   Stance
	stanceAt Span
}

// add appends assertion a with confidence c.
func (r *asserted) add(a Assertion, c Confidence) {
	r.as = append(r.as, a)
	r.sure = append(r.sure, c)
}

// A qword is a word of a quotation: in lower case, where it is in the
// quotation, and whether punctuation stands between it and the word
// before.
type qword struct {
	s   string
	sp  Span
	brk bool
}

// qwords appends the words of quote to dst.
func qwords(quote string, dst []qword) []qword {
	out := dst
	last := 0
	for w := range wordsIn(quote, 0, len(quote)) {
		s := lowerASCII(quote[w.Start:w.End])
		if strings.Contains(s, "’") {
			s = strings.ReplaceAll(s, "’", "'")
		}
		out = append(out, qword{s: s, sp: w, brk: strings.TrimSpace(quote[last:w.Start]) != ""})
		last = w.End
	}
	return out
}

// A judgementCue is a phrase that, in a quotation, makes a judgement of the
// money: kind says which.
type judgementCue struct {
	words []string
	kind  int
}

// The kinds of judgement cue.
const (
	cueInsufficient = iota + 1 // "too little": an Insufficiency
	cueLate                    // "too late": a Lateness
	cueLateAfter               // "after months of …": a Lateness to the end of its phrase
	cueCritical                // "rings hollow": the claim disputes the announcement
	cueWelcome                 // "welcome": an Endorsement
)

// judgementCues are the phrases of each kind; judgementIndex finds them
// by their first word.
var (
	judgementCues = func() []judgementCue {
		var out []judgementCue
		add := func(kind int, phrases ...string) {
			for _, p := range phrases {
				out = append(out, judgementCue{words: strings.Fields(p), kind: kind})
			}
		}
		add(cueInsufficient, "too little", "not enough", "nowhere near enough", "far from enough", "not nearly enough",
			"drop in the ocean", "falls short", "fall short", "falling short", "fell short", "inadequate",
			"insufficient", "sticking plaster", "scratch the surface", "scratches the surface", "pittance",
			"a fraction of what")
		add(cueLate, "too late", "long overdue", "overdue", "belated", "belatedly", "at long last", "years too late")
		add(cueLateAfter, "after months of", "after years of", "after weeks of", "after decades of")
		add(cueCritical, "rings hollow", "ring hollow", "little more than", "sanitise", "sanitize", "cynical",
			"ploy", "gimmick", "stunt", "smoke and mirrors", "insult", "insulting", "betrayal", "shameful",
			"disgrace", "disgraceful", "not new money", "re-announcement", "recycled", "sham", "spin",
			"window dressing", "standstill", "paltry", "measly", "derisory", "woefully", "pathetic")
		add(cueWelcome, "welcome", "welcomed", "welcomes", "welcoming", "delighted", "pleased", "great news",
			"good news", "fantastic news", "excellent news", "step in the right direction", "step forward",
			"lifeline", "thrilled", "grateful", "warmly")
		return out
	}()
	judgementIndex = func() map[string][]int {
		m := map[string][]int{}
		for i, c := range judgementCues {
			m[c.words[0]] = append(m[c.words[0]], i)
		}
		return m
	}()
)

// phraseAt returns how many words of ws from i on match words, or 0.
func phraseAt(ws []qword, i int, words []string) int {
	if i+len(words) > len(ws) {
		return 0
	}
	for k, w := range words {
		if ws[i+k].s != w || k > 0 && ws[i+k].brk {
			return 0
		}
	}
	return len(words)
}

// assertions reads what quote asserts: a StatedAmount for each figure
// FromQuote finds (and a Counterproposal beside it where its role is a
// proposal, the stated amount then of role proposal: the record gives
// every money figure of a claim its stated amount), an
// Insufficiency for "too little" and the like, a Lateness for "too late"
// or "after months of …", an Endorsement for a welcome (in the quotation,
// or in its frame: the words before it in its sentence, "said the
// funding put"), a CountClaim for a count of things ("about 9,000
// historic cases"), and a RatioClaim for a proportion ("threefold increase
// in solved cases") or a part of a count ("2,200 of them … about 1,200").
// The stance is Disputes for criticism and Supports for a welcome, unless
// the speaker is announcing ("I'm announcing").
func (d *quoteDrafter) assertions(quote, frame string) asserted {
	var r asserted
	ws := qwords(quote, d.words[:0])
	d.words = ws[:0] // the next quotation's words reuse the storage
	amounts := FromQuote(quote)
	amounts = append(amounts, lostPounds(quote)...)
	for _, sa := range amounts {
		if sa.Role == RoleProposal || sa.Role == RoleUnknown && proposedBefore(ws, sa.Span) || sa.Role == RoleOther && proposalCosts(ws, sa.Span) {
			if cp, ok := counterproposal(quote, ws, sa); ok {
				r.add(cp, Inferred)
				sa.Role = RoleProposal
				r.add(sa, Inferred)
				continue
			}
		}
		sure := Inferred
		if sa.Role == RoleUnknown {
			sure = Guessed
			r.notes = append(r.notes, Note{Span: sa.Span, Text: "“" + sa.Figure.Text() + "”: a figure whose role its words do not give"})
		}
		r.add(sa, sure)
	}
	critical, welcome := Span{}, Span{}
	for i := 0; i < len(ws); i++ {
		for _, ci := range judgementIndex[ws[i].s] {
			c := judgementCues[ci]
			n := phraseAt(ws, i, c.words)
			if n == 0 {
				continue
			}
			sp := Span{Start: ws[i].sp.Start, End: ws[i+n-1].sp.End}
			switch c.kind {
			case cueInsufficient:
				r.add(Insufficiency{Span: sp}, Explicit)
			case cueLate:
				r.add(Lateness{Span: sp}, Explicit)
			case cueLateAfter:
				r.add(Lateness{Span: Span{Start: sp.Start, End: phraseEnd(ws, i+n)}}, Inferred)
			case cueCritical:
				if critical.IsZero() {
					critical = sp
				}
			case cueWelcome:
				if welcome.IsZero() {
					welcome = sp
				}
			}
			i += n - 1
			break
		}
	}
	d.counts(quote, ws, amounts, &r)
	proportions(quote, ws, &r)
	if welcome.IsZero() && framesWelcome(frame, ws) {
		welcome = Span{Start: 0, End: len(quote)}
	}
	if !welcome.IsZero() && !announcing(ws) {
		r.add(Endorsement{Span: Span{Start: 0, End: len(quote)}}, Inferred)
	}
	for _, a := range r.as {
		switch a.(type) {
		case Insufficiency, Lateness, Counterproposal:
			if critical.IsZero() {
				critical = a.Where()
			}
		}
	}
	switch {
	case announcing(ws):
	case !critical.IsZero():
		r.stance, r.stanceAt = Disputes, critical
	case !welcome.IsZero():
		r.stance, r.stanceAt = Supports, welcome
	}
	order := make([]int, len(r.as))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return r.as[a].Where().Start - r.as[b].Where().Start })
	as, sure := make(Assertions, len(order)), make([]Confidence, len(order))
	for i, k := range order {
		as[i], sure[i] = r.as[k], r.sure[k]
	}
	r.as, r.sure = as, sure
	return r
}

// phraseEnd returns the end of the phrase of ws that starts at word i, the
// words after "after months of": up to punctuation, a figure, or a word
// that starts the clause's predicate ("just rings hollow"), at most ten
// words.
func phraseEnd(ws []qword, i int) int {
	end := ws[max(i-1, 0)].sp.End
	for k := i; k < len(ws) && k < i+10; k++ {
		if ws[k].brk && k > i || isDigit(ws[k].s[0]) || ws[k].s[0] >= 0x80 {
			break
		}
		switch ws[k].s {
		case "just", "simply", "only", "really", "still", "is", "was", "are", "were", "has", "have", "seems",
			"rings", "looks", "feels", "means", "shows", "and", "but", "now", "will", "would":
			return end
		}
		end = ws[k].sp.End
	}
	return end
}

// framesWelcome reports whether the words before a quotation make it a
// welcome: "said the funding put "victims and survivors first"", "welcomed
// the money as".
func framesWelcome(frame string, ws []qword) bool {
	for _, w := range [...]string{"welcomed", "welcomes", "praised", "hailed"} {
		if strings.Contains(frame, w) {
			return true
		}
	}
	// "put … first": the frame's last two words hold "put".
	tail := frame[max(0, len(frame)-24):]
	for _, w := range [...]string{"put ", "puts ", "putting "} {
		if strings.Contains(tail, w) && len(ws) > 0 && ws[len(ws)-1].s == "first" {
			return true
		}
	}
	return false
}

// announcing reports whether the quotation is the announcer's own: "I'm
// announcing", "we are investing".
func announcing(ws []qword) bool {
	for i, w := range ws {
		switch w.s {
		case "announce", "announcing", "announced", "investing", "unveiling":
		default:
			continue
		}
		for k := max(0, i-4); k < i; k++ {
			switch ws[k].s {
			case "i", "i'm", "we", "we're", "i've", "we've":
				return true
			}
		}
	}
	return false
}

// counterproposal reads the proposal whose cost is sa: "a fully-costed
// proposal for a £4.5m inquiry" by the words before it that give the role
// (proposal, plan, proposed) and the purpose after it, with the proposer,
// the words before "had" or "put forward" ("City Hall Conservatives").
func counterproposal(quote string, ws []qword, sa StatedAmount) (Counterproposal, bool) {
	fig := -1
	for i, w := range ws {
		if w.sp.End > sa.Span.Start {
			fig = i
			break
		}
	}
	if fig < 0 {
		return Counterproposal{}, false
	}
	last := fig
	for last+1 < len(ws) && ws[last+1].sp.Start < sa.Span.End {
		last++
	}
	cue := -1
	for k := fig - 1; k >= 0 && k >= fig-6; k-- {
		switch ws[k].s {
		case "proposal", "proposals", "plan", "plans", "proposed", "proposing":
			cue = k
		}
		if cue >= 0 || ws[k+1].brk {
			break
		}
	}
	// The purpose: the words after the figure, up to a word that ties on
	// another phrase.
	p0 := last + 1
	if p0+1 < len(ws) && !ws[p0].brk && !ws[p0+1].brk && (ws[p0].s == "of" || ws[p0].s == "for" || ws[p0].s == "on") {
		p0++ // "£20m of counselling services"
	}
	p1 := p0
	for p1 < len(ws) && p1 < p0+3 && !ws[p1].brk && !functionWord(ws[p1].s) && !isDigit(ws[p1].s[0]) {
		p1++
	}
	if p1 == p0 && cue < 0 {
		return Counterproposal{}, false
	}
	start := fig
	if cue >= 0 {
		start = cue
	}
	costed := false
	for start > 0 && !ws[start].brk {
		w := ws[start-1].s
		if !proposalModifier(w) {
			break
		}
		costed = costed || strings.HasSuffix(w, "costed")
		start--
		if w == "a" || w == "an" || w == "the" || w == "our" || w == "their" || w == "its" {
			break
		}
	}
	end := ws[last].sp.End
	purpose := ""
	if p1 > p0 {
		end = ws[p1-1].sp.End
		purpose = quote[ws[p0].sp.Start:end]
	}
	cp := Counterproposal{
		Proposer: proposer(quote, ws, start),
		Purpose:  purpose,
		Spending: spendingOf(purpose),
		Cost:     sa.Figure,
		Costed:   costed,
		Span:     Span{Start: ws[start].sp.Start, End: end},
	}
	return cp, true
}

// proposedBefore reports whether "proposal", "plan" or "proposed" stands
// in the three words before the figure at sp, with "for" or "of" between:
// "a plan for £20m".
func proposedBefore(ws []qword, sp Span) bool {
	i := 0
	for i < len(ws) && ws[i].sp.End <= sp.Start {
		i++
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch ws[k].s {
		case "proposal", "proposals", "plan", "plans", "proposed":
			return true
		}
		if ws[k+1].brk && k+1 < i {
			return false
		}
	}
	return false
}

// proposalModifier reports whether w may stand before "proposal":
// "a fully-costed", "our own".
func proposalModifier(w string) bool {
	switch w {
	case "a", "an", "the", "our", "their", "its", "own", "fully-costed", "costed", "fully", "detailed",
		"alternative", "rival", "credible", "new":
		return true
	}
	return false
}

// proposer returns the words naming who made the proposal that starts at
// word i: a capitalised run before "had", "put forward" and the like.
func proposer(quote string, ws []qword, i int) string {
	k := i - 1
	for k >= 0 && !ws[k+1].brk {
		switch ws[k].s {
		case "had", "has", "have", "tabled", "made", "published", "put", "forward", "set", "out", "proposed", "drew", "up":
			k--
			continue
		}
		break
	}
	if k == i-1 || k < 0 {
		return ""
	}
	end := k
	for k >= 0 && quote[ws[k].sp.Start] >= 'A' && quote[ws[k].sp.Start] <= 'Z' {
		k--
		if k >= 0 && ws[k+1].brk {
			break
		}
	}
	first := k + 1
	for first <= end && functionWord(quote[ws[first].sp.Start:ws[first].sp.End]) {
		first++ // "The Greens", "We"
	}
	if first > end {
		return ""
	}
	return quote[ws[first].sp.Start:ws[end].sp.End]
}

// spendingOf returns the kind of spending a purpose names, by its first
// word, or KindUnknown.
func spendingOf(purpose string) funding.Kind {
	w, _, _ := strings.Cut(strings.ToLower(purpose), " ")
	switch w {
	case "inquiry", "review", "investigation", "commission":
		return funding.Inquiry
	case "research", "study":
		return funding.Research
	case "services", "support", "counselling", "advocacy", "service":
		return funding.Services
	case "building", "buildings", "capital", "refurbishment":
		return funding.Capital
	case "development":
		return funding.Development
	}
	return funding.KindUnknown
}

// A countAt is a count found in a quotation: its words and what it counts.
type countAt struct {
	count      funding.Count
	sp         Span // the count with its qualifier
	word, next int  // its word, and the word after it
	noun       Span // the noun after it; zero if none
	ofThem     bool // "2,200 of them": a whole whose part follows
}

// counts adds a CountClaim for each count of things in the quotation
// outside its money (not a year, a day of a month, a duration, a
// percentage or a label such as "level 2", see labelWord), in digits,
// in words before "million" or "thousand" ("nearly one million
// potholes", see largeInWords), which no recipient is counted in, or, if
// d.inWords, in words ("five schemes", see countInWords), and a
// RatioClaim for a count of a whole followed by a count of its part
// ("after reviewing 2,200 of them only about 1,200 remained in scope").
func (d *quoteDrafter) counts(quote string, ws []qword, amounts []StatedAmount, r *asserted) {
	var found []countAt
	ai := 0
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		for ai < len(amounts) && amounts[ai].Span.End <= w.sp.Start {
			ai++
		}
		large := largeInWords(ws, i)
		if ai < len(amounts) && amounts[ai].Span.Start < w.sp.End || !(isDigit(w.s[0]) && countWord(w.s) || d.inWords && countInWords(ws, i) || large) {
			continue
		}
		if w.sp.Start > 0 && quote[w.sp.Start-1] == '/' || w.sp.End < len(quote) && quote[w.sp.End] == '/' ||
			i >= 2 && ws[i-1].s == "in" && isDigit(ws[i-2].s[0]) {
			continue // "24/7", "2024/25", "1 in 5": no count of things
		}
		next := i + 1
		num := w.s
		if large {
			// "Nearly one million potholes": the number in digits, which a
			// count of millions is read in ("nearly 1 million").
			c, _ := funding.ParseCount(w.s)
			num = c.String()
		}
		if next < len(ws) && !ws[next].brk && (ws[next].s == "million" || ws[next].s == "thousand") {
			num += " " + ws[next].s
			next++
		}
		if next < len(ws) && !ws[next].brk && (notCounted(ws[next].s) || serviceNumber(w.s, ws[next].s)) || isYear(w.s) {
			continue // "5 years", "999 calls": no count of things
		}
		if next < len(ws) && !ws[next].brk && monthName(quote[ws[next].sp.Start:ws[next].sp.End]) ||
			i > 0 && !ws[i].brk && labelWord(ws[i-1].s) {
			continue // "24 January", a day; "level 2 restrictions", a label
		}
		c, qs := qualifiedCount(ws, i, num)
		if c.IsZero() {
			continue
		}
		ca := countAt{count: c, sp: Span{Start: ws[qs].sp.Start, End: ws[next-1].sp.End}, word: i, next: next}
		if next+1 < len(ws) && ws[next].s == "of" && !ws[next].brk {
			switch ws[next+1].s {
			case "them", "those", "these":
				ca.ofThem = true
			}
		}
		ca.noun = nounAfter(quote, ws, next)
		found = append(found, ca)
	}
	used := make([]bool, len(found))
	for k := 0; k+1 < len(found); k++ {
		whole, part := found[k], found[k+1]
		if !whole.ofThem || part.count.Value() >= whole.count.Value() {
			continue
		}
		den := d.noun
		if den == "" {
			den = "them"
		}
		num := den
		if !part.noun.IsZero() {
			num = quote[part.noun.Start:part.noun.End]
		} else if pred := phraseEnd(ws, part.next); part.next < len(ws) && pred > ws[part.next].sp.Start {
			num = den + " that " + quote[ws[part.next].sp.Start:pred]
		}
		start := clauseStart(ws, whole.word)
		end := phraseEnd(ws, part.next)
		r.add(RatioClaim{
			Numerator:   Quantity{Count: part.count, Noun: num},
			Denominator: Quantity{Count: whole.count, Noun: den},
			Span:        Span{Start: ws[start].sp.Start, End: end},
		}, Inferred)
		used[k], used[k+1] = true, true
		k++
	}
	for k, ca := range found {
		if used[k] || ca.noun.IsZero() || timeNoun(quote[ca.noun.Start:ca.noun.End]) {
			continue
		}
		noun := quote[ca.noun.Start:ca.noun.End]
		d.noun = noun
		r.add(CountClaim{Count: ca.count, Noun: noun, Span: Span{Start: ca.sp.Start, End: targetEnd(ws, ca.noun.End)}}, Explicit)
	}
}

// countWord reports whether w is a number written in digits, grouped with
// commas or with a decimal point: "9,000", "1.2".
func countWord(w string) bool {
	for i := range len(w) {
		if c := w[i]; !isDigit(c) && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// countInWords reports whether word i of ws is a count written in a word
// that funding.ParseCount reads ("five schemes", "three London Sexual
// Assault Referral Centres"): from "two" to "twenty" (see numberShaped),
// before a noun and not part of a proportion ("one in five", "two
// thirds").
func countInWords(ws []qword, i int) bool {
	w := ws[i].s // in lower case
	if !numberShaped(w) {
		return false
	}
	if i+1 == len(ws) || ws[i+1].brk || i > 0 && !ws[i].brk && ws[i-1].s == "in" {
		return false // no noun after it, or "one in five"
	}
	if n := ws[i+1].s; functionWord(n) && n != "of" || stopWord(n) || isDenominator(n) || proportionEnd(n) {
		return false
	}
	_, err := funding.ParseCount(w)
	return err == nil
}

// largeInWords reports whether word i of ws is a number in words, "one"
// to "twenty", before "million" or "thousand" in the same phrase: "one
// million potholes", "two thousand homes". "One" counts there, as it
// does not alone (see numberShaped).
func largeInWords(ws []qword, i int) bool {
	w := ws[i].s
	if i+1 == len(ws) || ws[i+1].brk || ws[i+1].s != "million" && ws[i+1].s != "thousand" || w != "one" && !numberShaped(w) {
		return false
	}
	_, err := funding.ParseCount(w)
	return err == nil
}

// numberShaped reports whether the word w, in lower case, may be a
// number from "two" to "twenty" in words: of their length, starting as
// one of them does ("tw", "th", "fo", "fi", "si", "se", "ei", "ni", "te",
// "el") and ending with one of "oerxnty", and no function word. It spares
// funding.ParseCount reading every other word. "One" is left out: it is
// more often a pronoun ("one of the best") than a count.
func numberShaped(w string) bool {
	if len(w) < 3 || len(w) > len("seventeen") || !strings.ContainsRune("oerxnty", rune(w[len(w)-1])) {
		return false
	}
	switch w[:2] {
	case "tw", "th", "fo", "fi", "si", "se", "ei", "ni", "te", "el":
		return !functionWord(w)
	}
	return false
}

// isYear reports whether w is a year: four digits from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && allDigits(w)
}

// notCounted reports whether word w after a number makes it no count of
// things: a unit of time, a percentage, a multiple, a share ("four out of
// five").
func notCounted(w string) bool {
	switch w {
	case "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
		"per", "percent", "times", "fold", "am", "pm", "o'clock", "st", "nd", "rd", "th", "out":
		return true
	}
	return false
}

// timeNoun reports whether the noun of a count ends on a unit of time, so
// that the count is a duration however the unit is qualified: "over the
// last three financial years", "two important election years", "almost
// two decades".
func timeNoun(noun string) bool {
	i := strings.LastIndexByte(noun, ' ')
	return isTimeUnit(strings.ToLower(noun[i+1:]))
}

// targetEnd returns where the words of a count whose noun ends at end
// stop: past a time it is a target for straight after it ("one million
// Welsh speakers by 2050", "5000 homes in the next four years", "150
// nursery groups over the next decade"), as the hand-made records give a
// count's words, and as a stated amount's include its term; a time past
// ("over the past 15 years") is context, not part of the count.
func targetEnd(ws []qword, end int) int {
	k := 0
	for k < len(ws) && ws[k].sp.End <= end {
		k++
	}
	if k == len(ws) || ws[k].brk {
		return end
	}
	if ws[k].s == "by" && k+1 < len(ws) && !ws[k+1].brk && isYear(ws[k+1].s) {
		return ws[k+1].sp.End
	}
	switch ws[k].s {
	case "in", "over", "within", "during":
	default:
		return end
	}
	if k+3 >= len(ws) || ws[k+1].s != "the" || ws[k+2].s != "next" || broken(ws, k, k+3) {
		return end
	}
	e := k + 3
	if isNumberWord(ws[e].s) && e+1 < len(ws) && !ws[e+1].brk {
		e++
	}
	if !isTimeUnit(ws[e].s) {
		return end
	}
	return ws[e].sp.End
}

// labelWord reports whether w, before a number, makes the number a name
// of a rank or a step, not a count of things: "level 2 restrictions",
// "tier 4", "phase 2", "Key Stage 3", "Band D".
func labelWord(w string) bool {
	switch w {
	case "level", "tier", "phase", "stage", "band", "grade", "category", "round":
		return true
	}
	return false
}

// qualifiedCount reads the count at word i, whose number is num, with the
// longest qualifier of up to three words before it that funding.ParseCount
// reads ("about", "more than"), returning it and its first word.
func qualifiedCount(ws []qword, i int, num string) (funding.Count, int) {
	for n := 3; n >= 1; n-- {
		s := i - n
		if s < 0 {
			continue
		}
		ok := true
		var b strings.Builder
		for k := s; k < i; k++ {
			if ws[k+1].brk || isDigit(ws[k].s[0]) {
				ok = false
				break
			}
			b.WriteString(ws[k].s)
			b.WriteByte(' ')
		}
		if !ok {
			continue
		}
		b.WriteString(num)
		if c, err := funding.ParseCount(b.String()); err == nil && c.Bound() != currency.Exact {
			return c, s
		}
	}
	c, err := funding.ParseCount(num)
	if err != nil {
		return funding.Count{}, i
	}
	return c, i
}

// nounAfter returns the noun counted by a number before word i: up to
// three words, or a name of up to eight capitalised ones ("London Sexual
// Assault Referral Centres") with the plural noun they qualify ("Welsh
// medium nursery groups", see pluralHead), after "more" or "fewer" ("1
// million more people"), up to its plural head before a lower-case word
// ("259 applications submitted"), punctuation or a word that ties on
// another phrase, or on past "and" to a plural noun both sides qualify
// (see sharedHead); zero if there is none or it starts with a verb
// ("1,200 remained").
func nounAfter(quote string, ws []qword, i int) Span {
	upper := func(k int) bool { return upperWord(quote[ws[k].sp.Start:ws[k].sp.End]) }
	limit := 3
	if i < len(ws) && upper(i) {
		limit = 8
	}
	k := i
	if k+1 < len(ws) && (ws[k].s == "more" || ws[k].s == "fewer") && !ws[k+1].brk && !functionWord(ws[k+1].s) &&
		!stopWord(ws[k+1].s) && !isDigit(ws[k+1].s[0]) {
		// "1 million more people visiting A&E": a count of more of them.
		k++
		limit++
	}
	for k < len(ws) && k < i+limit && !ws[k].brk && !functionWord(ws[k].s) && !stopWord(ws[k].s) && !isDigit(ws[k].s[0]) &&
		(k < i+3 || upper(k) || limit == 8 && pluralHead(ws, k)) && (k == i || upper(k) || !pluralHead(ws, k-1)) {
		// A plural head ends the noun before a lower-case word: "50,000
		// adults basic training" counts adults.
		k++
	}
	if k == i || strings.HasSuffix(ws[i].s, "ed") {
		return Span{}
	}
	if e, ok := sharedHead(ws, k); ok {
		k = e
	}
	return Span{Start: ws[i].sp.Start, End: ws[k-1].sp.End}
}

// sharedHead returns the end, past "and", of a plural noun the words
// before word k qualify with those after "and", and whether there is one:
// "25 community and voluntary sector organisations" counts organisations,
// community and voluntary sector ones, not "community", which, singular
// after a count, is no noun counted. The words after "and" are at most
// three, the last of them plural (see pluralHead), with no break, function
// word or verb among them.
func sharedHead(ws []qword, k int) (int, bool) {
	if k >= len(ws) || ws[k].s != "and" || ws[k].brk || strings.HasSuffix(ws[k-1].s, "s") {
		return 0, false
	}
	for e := k + 1; e < len(ws) && e <= k+3; e++ {
		if ws[e].brk || functionWord(ws[e].s) || stopWord(ws[e].s) || isDigit(ws[e].s[0]) {
			return 0, false
		}
		if e > k+1 && pluralHead(ws, e) {
			return e + 1, true
		}
	}
	return 0, false
}

// pluralHead reports whether word k, after a name's words, is the plural
// noun they qualify, which ends the noun: "Welsh medium nursery groups".
func pluralHead(ws []qword, k int) bool {
	w, prev := ws[k].s, ws[k-1].s
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(prev, "s")
}

// upperWord reports whether w starts with a capital.
func upperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// stopWord reports whether w ends a noun phrase: a verb that often follows
// a count, or a word that ties a clause on.
func stopWord(w string) bool {
	switch w {
	case "could", "would", "should", "may", "might", "must", "remain", "remained", "remains", "experience",
		"need", "needed", "received", "receive", "were", "had", "have", "went", "who", "which", "whom", "whose",
		"did", "do", "does", "being", "been", "across", "each", "every", "more", "fewer", "less", "between",
		"goes", "go", "comes", "came", "get", "gets", "got":
		return true
	}
	return false
}

// clauseStart returns the first word of the clause holding word i.
func clauseStart(ws []qword, i int) int {
	for i > 0 && !ws[i].brk {
		i--
	}
	return i
}

// proportions adds a RatioClaim for each proportion in the quotation:
// "threefold increase in solved cases", "9% of councils", "more than
// doubled", "over 4/5 of the money", as ParseProportion reads the longest
// words around a word that makes one (a per cent, a multiple, a fraction,
// in words or in figures). Its span is the words of the proportion with
// the phrase after it that names what it is of: for a share, the whole
// phrase after "of" ("80 per cent of the wages of furloughed workers"),
// for a change its core ("a threefold increase in solved cases"). A noun
// before the proportion is the subject it is said of, not its words
// ("solved cases have more than doubled" states "more than doubled";
// "the annual rise of 3.4%", "rise of 3.4%"), as the hand-made records
// have it in every case.
func proportions(quote string, ws []qword, r *asserted) {
	for k := 0; k < len(ws); k++ {
		// The core's last word: a fraction in figures ("4/5") is two.
		ce := k
		if !proportionCore(ws, k) {
			if !slashFraction(quote, ws, k) {
				continue
			}
			ce = k + 1
		}
		bs, be := -1, -2
		for s := max(0, k-3); s <= k; s++ {
			if s < k && !proportionStart(ws[s].s) {
				continue
			}
			for e := min(len(ws)-1, ce+3); e >= ce; e-- {
				if e-s <= be-bs || e > ce && !proportionEnd(ws[e].s) || broken(ws, s, k) || broken(ws, ce, e) {
					continue
				}
				if _, err := ParseProportion(quote[ws[s].sp.Start:ws[e].sp.End]); err == nil {
					bs, be = s, e
				}
			}
		}
		if bs < 0 {
			continue
		}
		if bs > 0 && !ws[bs].brk && rankedGroup(ws[bs-1].s) {
			k = be // "the richest 1%": a group of people, no share asserted
			continue
		}
		p := MustParseProportion(quote[ws[bs].sp.Start:ws[be].sp.End])
		start, end := ws[bs].sp.Start, ws[be].sp.End
		share := p.form == fraction || p.form == percentage && p.change == 0
		var core, full Span
		if be+1 < len(ws) && !ws[be+1].brk && (ws[be+1].s == "in" || ws[be+1].s == "of" || ws[be+1].s == "on" && !baseYear(ws, be+2)) {
			core, full = nounPhrase(ws, be+2)
			switch {
			case core.IsZero():
			case share && ws[be+1].s == "of":
				// A share's words name its whole, as the hand-made records
				// have them: "80 per cent of the wages of furloughed
				// workers".
				end = full.End
			default:
				end = core.End
			}
		} else if p.form == fraction && be+1 < len(ws) && !ws[be+1].brk && phraseDeterminer(ws[be+1].s) {
			// "almost half that figure", "a third the size": a fraction
			// of the phrase straight after it, "of" left out.
			if core, full = nounPhrase(ws, be+1); !core.IsZero() {
				end = full.End
			}
		} else if n := nounBefore(ws, bs); !n.IsZero() {
			core, full = n, n
		}
		if core.IsZero() {
			r.notes = append(r.notes, Note{Span: Span{Start: start, End: end}, Text: "“" + p.String() + "”: a proportion whose quantities its words do not name"})
			k = be
			continue
		}
		if share && populationShare(quote[core.Start:core.End]) {
			r.notes = append(r.notes, Note{Span: Span{Start: start, End: end}, Text: "“" + p.String() + "” is a share of a population, which the record does not hold: not drafted"})
			k = be
			continue
		}
		num, den := Quantity{Noun: quote[full.Start:full.End]}, Quantity{Noun: quote[core.Start:core.End] + " before the change"}
		if share {
			num, den = Quantity{Noun: "part of " + quote[full.Start:full.End]}, Quantity{Noun: quote[full.Start:full.End]}
		}
		r.add(RatioClaim{Numerator: num, Denominator: den, Stated: p, Span: Span{Start: start, End: end}}, Inferred)
		k = be
	}
}

// baseYear reports whether the words from i, after "on", name in figures
// the year a change is measured from: "a 4.7% increase on 2014-15". That
// is its base, not what it is a change of.
func baseYear(ws []qword, i int) bool {
	return i < len(ws) && !ws[i].brk && isDigit(ws[i].s[0])
}

// slashFraction reports whether words k and k+1 of quote are a fraction
// in figures, the two numbers with only "/" between them and no "/"
// either side ("over 4/5 of the money", not the date "4/5/2020"), which
// ParseProportion reads (see slashed).
func slashFraction(quote string, ws []qword, k int) bool {
	if k+1 >= len(ws) || !allDigits(ws[k].s) || !allDigits(ws[k+1].s) ||
		quote[ws[k].sp.End:ws[k+1].sp.Start] != "/" {
		return false
	}
	if ws[k].sp.Start > 0 && quote[ws[k].sp.Start-1] == '/' || ws[k+1].sp.End < len(quote) && quote[ws[k+1].sp.End] == '/' {
		return false
	}
	_, _, ok := slashed(quote[ws[k].sp.Start:ws[k+1].sp.End])
	return ok
}

// proportionStart reports whether w may start the words of a proportion
// before the word that makes it: an article, a qualifier, a change ("an
// increase of"), "up" or "down".
func proportionStart(w string) bool {
	switch w {
	case "a", "an", "about", "around", "approximately", "roughly", "some", "nearly", "almost", "just", "more",
		"less", "fewer", "over", "under", "above", "below", "up", "down", "at", "no", "in", "exactly", "than", "by", "of",
		"least", "most", "an estimated", "estimated":
		return true
	}
	return changeWords[w] != 0 || isNumberWord(w)
}

// proportionEnd reports whether w may end the words of a proportion after
// the word that makes it: "cent", "times", a change ("a 9% increase").
func proportionEnd(w string) bool {
	switch w {
	case "cent", "percent", "times", "fold", "thirds", "quarters", "fifths", "tenths", "half", "third", "quarter",
		"fifth", "tenth", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "per":
		return true
	}
	return changeWords[w] != 0 || isNumberWord(w) || isDenominator(w)
}

// proportionCore reports whether word k makes a proportion: "9%", "9 per
// cent", "doubled", "threefold", "2.5 times", "two thirds", "one in five";
// not "twice a year", a frequency.
func proportionCore(ws []qword, k int) bool {
	w := ws[k].s
	next := func(i int) string {
		if k+i < len(ws) && !ws[k+i].brk {
			return ws[k+i].s
		}
		return ""
	}
	switch {
	case strings.HasSuffix(w, "%") && isDigit(w[0]):
		return true
	case isDigit(w[0]) && (next(1) == "percent" || next(1) == "per" && next(2) == "cent" || next(1) == "times"):
		return true
	case w != "a" && isNumberWord(w) && next(1) == "times" && comparing(next(2)):
		// "three times the amount", "three times as much"; not "three
		// times a week", a frequency.
		return true
	case w == "twice" && (next(1) == "a" || next(1) == "per" || next(1) == "each" || next(1) == "every") && isTimeUnit(next(2)):
		return false // "twice a year", a frequency
	case multipleWords[w] != 0, strings.HasSuffix(w, "fold") && w != "fold":
		return true
	case isDenominator(w) && k > 0 && !ws[k].brk:
		return true
	case w == "in" && k > 0 && !ws[k].brk && next(1) != "" && isNumberWord(ws[k-1].s) && isNumberWord(next(1)):
		return true
	}
	return false
}

// rankedGroup reports whether w, before a percentage, makes it a group
// ranked by some measure rather than a share the speaker asserts: "the
// richest 1%", "the top 10%", "the poorest 20% of households".
func rankedGroup(w string) bool {
	switch w {
	case "richest", "poorest", "wealthiest", "top", "bottom", "highest-paid", "lowest-paid", "best-off", "worst-off":
		return true
	}
	return false
}

// comparing reports whether w, after "three times", makes it a multiple
// of another quantity: "the", "as", "more", "higher", "bigger", "larger",
// "what".
func comparing(w string) bool {
	switch w {
	case "the", "as", "more", "higher", "bigger", "larger", "greater", "what":
		return true
	}
	return false
}

// isNumberWord reports whether w is a whole number in digits or a small
// one in words, as "one in five" has them.
func isNumberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"twenty", "fifty", "hundred", "a":
		return true
	}
	return w != "" && allDigits(w)
}

// broken reports whether punctuation stands between words s and e.
func broken(ws []qword, s, e int) bool {
	for i := s + 1; i <= e; i++ {
		if ws[i].brk {
			return true
		}
	}
	return false
}

// nounPhrase returns the phrase of the words from i on that a proportion
// is of: its core, up to a word that ties on another phrase ("solved
// cases"), and the whole, to punctuation or the clause's verb (see
// clauseVerb; "solved cases over the past year"), at most twelve words,
// as long as the hand-made records give it ("the £4 billion of spending
// pressures facing the service next year").
func nounPhrase(ws []qword, i int) (core, full Span) {
	k := i
	for k < len(ws) && k < i+4 && (k == i || !ws[k].brk) && !stopWord(ws[k].s) && (!functionWord(ws[k].s) || k == i && phraseDeterminer(ws[k].s)) {
		k++
	}
	if k == i || k == i+1 && phraseDeterminer(ws[i].s) {
		return Span{}, Span{}
	}
	core = Span{Start: ws[i].sp.Start, End: ws[k-1].sp.End}
	if k < len(ws) && (stopWord(ws[k].s) || beWord(ws[k].s) || auxWord(ws[k].s)) {
		return core, core // "the money goes to schools": the phrase ends at its verb
	}
	j := k
	for j < len(ws) && j < i+12 && !ws[j].brk && !isDigit(ws[j].s[0]) && !clauseVerb(ws[j].s) {
		j++
	}
	return core, Span{Start: ws[i].sp.Start, End: ws[j-1].sp.End}
}

// clauseVerb reports whether w, after a proportion's noun phrase, ends it
// as the clause's verb: "nearly 90% of the extra funding detailed in this
// document has been provided" is of "the extra funding detailed in this
// document".
func clauseVerb(w string) bool {
	switch w {
	case "has", "will", "can":
		return true
	}
	return stopWord(w) || beWord(w)
}

// phraseDeterminer reports whether w may open the noun phrase a
// proportion is of: "the", or a demonstrative ("87% of this year's total
// budget").
func phraseDeterminer(w string) bool {
	switch w {
	case "the", "this", "that", "these", "those":
		return true
	}
	return false
}

// nounBefore returns the noun before a proportion that starts at word i,
// past "has", "have" and the like: "solved cases have more than doubled".
func nounBefore(ws []qword, i int) Span {
	k := i - 1
	for k >= 0 && !ws[k+1].brk {
		switch ws[k].s {
		case "has", "have", "had", "was", "were", "is", "are", "will", "would", "almost", "nearly":
			k--
			continue
		}
		break
	}
	end := k
	for k >= 0 && k > end-3 && !ws[k+1].brk && !functionWord(ws[k].s) && !stopWord(ws[k].s) && !isDigit(ws[k].s[0]) {
		k--
	}
	if k == end {
		return Span{}
	}
	return Span{Start: ws[k+1].sp.Start, End: ws[end].sp.End}
}
