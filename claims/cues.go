package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reading is what the words around a figure in a quote say about it: its
// role, its terms, whether it is a sum per year, and the words that said
// so.
type reading struct {
	role    Role
	roleCue string // the words the role was read from: "needed"
	terms   Terms
	yearly  bool
	yearCue string // "a year"
}

// A cue is a phrase that, next to a figure, gives it a role or terms.
type cue struct {
	text  string   // the phrase: "called for"
	words []string // its words in reading order, lower case
	ids   []uint16 // the ids of words in cueIndex, which matchAt compares
	role  Role
	terms Terms
}

// cues returns the cues of phrases, each a space-separated phrase, giving
// role r or terms t.
func cues(r Role, t Terms, phrases ...string) []cue {
	out := make([]cue, len(phrases))
	for i, p := range phrases {
		out[i] = cue{text: p, words: strings.Fields(p), role: r, terms: t}
	}
	return out
}

// The cues before a figure ("councils needed £1.2bn") and after it ("£600,000
// more a year"). Where the words give both the package and another role,
// the other wins: a figure is weighed against the package only when
// nothing near it says it is something else.
var (
	beforeCues = join(
		// Listed first, as they end as a cue of amounts needed does ("bid
		// for") and so win where both match: money one may bid for, or a
		// known fund one has access to, is a fund's, not an amount the
		// speaker asks for; a forecast total is not money announced.
		cues(RoleOther, 0, "access to the", "opportunity of bidding for", "opportunity to bid for", "chance of bidding for",
			"chance to bid for", "expected to total", "forecast to total", "projected to total", "expected to reach",
			"forecast to reach", "projected to reach", "estimated to lose", "expected to lose", "forecast to lose",
			"projected to lose"),
		cues(RoleNeeded, 0, "need", "needs", "needed", "needing", "called for", "calling for", "calls for", "call for",
			"asked for", "asking for", "ask for", "asks for", "demanded", "demanding", "demand", "demands",
			"require", "requires", "required", "requested", "request", "shortfall of", "gap of", "backlog of",
			"deficit of", "black hole of", "pressures of", "shortfall", "funding gap", "black hole", "deficit", "backlog",
			"want", "wants", "wanted", "sought", "seek", "seeks", "seeking", "bid for", "bids for", "bidding for",
			"appeal for", "appealed for", "appealing for", "lobbied for", "lobbying for", "pushing for",
			"pressing for", "face", "faces", "facing", "repair bill at", "repair bill of", "repairs bill at", "repairs bill of",
			"damage approaching", "damage estimated at", "damage of", "damage totalling", "damage worth", "to find",
			"finding",
			// "the council was being “shortchanged” by £13million": what
			// it is short of, and so needs.
			"shortchanged by", "short-changed by", "underfunded by", "under-funded by",
			// "local services are still being left short by £250m": what
			// they lack, and so need.
			"short by",
			// "its “very strong bid” of nearly £100m": the money a bid
			// asks for, as "our £9m bid" is.
			"bid of", "bids of"),
		cues(RoleShare, 0, "benefit from", "benefits from", "benefiting from", "benefited from", "in line for"),
		// "Fife tops the list with an allocation of £4.3m": a recipient's
		// share, as "receives an allocation of" is.
		cues(RoleShare, 0, "with an allocation of", "with allocations of"),
		// "A further allocation of £7.3m provided to my department for
		// hospices": one more of the parts the money is allocated in,
		// beside those before it, as "a further £2m will go to" is.
		cues(RoleShare, 0, "further allocation of", "further allocations of"),
		cues(RolePrevious, 0, "from", "up from", "down from", "previously", "last year's", "last year’s", "original",
			"initial", "last year", "used to be", "used to cost", "used to get", "used to receive",
			// "doubling the budget by £100 million when the existing
			// budget appears to be £175 million": the level a change
			// is made to.
			"existing budget is", "existing budget appears to be", "existing budget of"),
		cues(RoleLevel, 0, "rise to", "rises to", "rising to", "rose to", "risen to", "increase to", "increases to",
			"increased to", "increasing to", "grow to", "grows to", "grew to", "fall to", "falls to", "fell to",
			"cut to", "reduced to", "bringing the total to", "bringing it to", "taking the total to", "taking it to",
			"stands at", "total is now", "to a total of", "received a total of", "now received", "now get", "now gets",
			"now receive", "now receives", "now we get", "now we receive", "now they get", "now they receive",
			"now it gets", "now it receives"),
		cues(RoleChange, 0, "additional", "extra", "increase of", "rise of", "cut of", "cut by", "cuts of", "reduced by",
			"reduction of", "increased by", "increase by", "rise by", "rises by", "rose by", "raised by", "fall of",
			"fell by", "falls by", "top-up of", "uplift of", "further", "cuts totalling", "cuts worth", "savings of",
			"savings totalling", "lost", "lose", "losing", "decrease of", "increase in funding of",
			"decrease in funding of", "cut in funding of", "reduction in funding of", "is up", "are up", "was up",
			"drop of", "drop in funding of",
			"were up", "up by",
			// "removing £84m … from policing", "slashed £30m", "the
			// government has cut £208 million from the council": money
			// taken away, a cut.
			"removing", "removed", "slashed", "slashing", "stripped", "stripping", "axed", "axing", "cut", "cutting"),
		cues(RolePerUnit, 0, "each getting", "each receiving", "each get", "each gets", "each receive", "each receives",
			"each will get", "each will receive"),
		// "Taxi operators will also receive tiered grants … – with some
		// receiving up to £15,000" (thenational-2021): what some of many
		// recipients get each, not a part of the whole.
		cues(RolePerUnit, 0, "some receiving", "some getting", "some will receive", "some will get"),
		cues(RoleShare, 0, "was awarded", "were awarded", "been awarded", "be awarded", "is awarded", "are awarded",
			"was offered", "were offered", "been offered", "be offered", "is offered", "are offered"),
		cues(RoleShare, 0, "will get", "will receive", "would get", "would receive", "gets", "get", "receives",
			"receive", "received", "receiving", "getting", "got", "share of", "of which", "including", "includes",
			"include", "included", "separated into", "split into", "divided into", "made up of", "comprises",
			"comprising", "consists of"),
		cues(RoleRival, 0, "rival", "labour's", "labour’s", "opposition's", "opposition’s", "tories'", "tories’",
			"their own"),
		cues(RoleProposal, 0, "proposal", "proposals", "proposed", "proposes", "proposing", "would spend",
			"would invest", "would provide", "would fund", "would have spent", "would have invested",
			"would have provided", "would have funded"),
		cues(RoleOther, 0, "compared with", "compared to", "than", "cost", "costs", "costing", "adds to", "add to",
			"added to", "on top of", "in addition to", "follows", "replaces", "replacing", "builds on", "building on",
			"raise", "raises", "raised", "raising", "bring in", "brings in", "brought in", "bringing in",
			"attract", "attracts", "attracted", "attracting", "leaving",
			"leverage", "leverages", "leveraged", "leveraging", "lever in", "levered in", "levering in",
			// "I make that £41m": the speaker's own sum of money named
			// before, no money given.
			"i make that", "i make it", "we make that", "we make it",
			// "predicted to have an overspend of £73m": spending past a
			// budget, no money given.
			"overspend of", "overspent by",
			// "We will have to spend over £300m next year to deal with
			// demand": what a body must spend, a cost, no money given.
			"have to spend", "has to spend", "had to spend", "having to spend",
			// "efficiency gains … which could free up as much as £4.9
			// billion": money a body saves from its own spending, as
			// "raise" names money it finds, no money given.
			"free up", "frees up", "freed up", "freeing up",
			// "has agreed to write off £559 million": a debt forgiven, no
			// money given.
			"write off", "writes off", "wrote off", "writing off", "write-off of",
			// "a budget surplus of £2.9m", "an underspend of £1.8m": money
			// a body has left over, as reserves are, no money given.
			"surplus of", "underspend of", "underspent by",
			// "the plan would save £1.2m": money a body keeps of its own
			// spending, as "free up" is, no money given. Not "saving",
			// whose "a saving of £2m" is a cut made.
			"save", "saves"),
		cues(RolePackage, 0, "announce", "announced", "announces", "announcing", "invest", "invests", "invested",
			"investing", "investment of", "provide", "provides", "provided", "providing", "coughing up", "cough up",
			"coughed up", "give", "gives", "gave", "given", "giving", "commit", "commits", "committed",
			"committing", "pledge", "pledged", "pledges", "pledging", "promise", "promised", "promises", "promising",
			"handed", "handing", "unveil", "unveiled", "unveils", "unveiling", "worth", "spend", "spends", "spending",
			"package of", "fund of", "funding of", "boost of", "injection of", "total of", "package is", "package was",
			"fund is", "funding is", "investment is", "total is", "total was", "total will be", "distribute", "distributes",
			"distributing",
			"award", "awards", "awarded", "awarding", "offer", "offers", "offered", "offering", "settlement of",
			"distribution of",
			"release", "releases", "released", "releasing", "access to", "makes available", "make available", "made available", "making available",
			"barely", "only", "just", "mere", "paltry", "measly"),
	)
	afterCues = join(
		cues(RoleChange, 0, "more", "less", "extra", "increase", "rise", "cut", "cuts", "reduction", "reductions",
			"decrease", "higher", "lower", "up", "down", "off",
			"savings", "of savings", "in savings", "of cuts", "in cuts", "of reductions", "in reductions", "on last year", "on the year", "on the previous year",
			// "Cambridgeshire will be £11 million worse off": how far a
			// body's money moves, a change, not money given.
			"worse off", "better off"),
		cues(RoleNeeded, 0, "of spending pressures", "of pressures", "in pressures", "shortfall", "black hole",
			"funding gap", "gap", "backlog", "deficit", "hole", "short"),
		cues(RoleNeeded, 0, "need", "needs", "needed", "require", "requires", "required"),
		// "the £69 million faced by the average authority": money a body
		// faces, as "facing £69 million" is.
		cues(RoleNeeded, 0, "faced by"),
		// "a further £18m still to find": savings still to make, as "to
		// find" before a figure is.
		cues(RoleNeeded, 0, "still to find", "left to find", "yet to find", "still to be found", "yet to be found"),
		// "short of the £48 million bid for", "our £48m bid": the money
		// a bid asks for, not money given; before "for", which gives the
		// package.
		cues(RoleNeeded, 0, "bid", "bids"),
		cues(RoleOther, 0, "of reserves", "from reserves", "out of reserves", "in reserves", "bill", "to carry forward",
			// "a £3m surplus", "a £6m implication" of a new duty: money
			// left over, or what a measure costs, no money given.
			"surplus", "underspend", "implication", "implications",
			// "the £250m that has not yet been allocated": money held back,
			// no package's.
			"not yet been allocated", "not yet allocated", "yet to be allocated", "still to be allocated",
			// "this £200m is now made available for reallocation": money
			// handed back to be shared again, not the package's.
			"for reallocation", "available for reallocation",
			"to carry-forward", "to be carried forward", "carried forward", "to roll over", "rolled over",
			// "the £559 million which the Treasury has agreed to
			// write-off": a debt forgiven, no money given.
			"write off", "write-off", "writes off", "wrote off", "written off", "writing off"),
		cues(RolePrevious, 0, "to date", "so far"),
		// "less than £700m a year was being spent on crumbling
		// buildings": what was spent then, in the past progressive, is
		// the level before, as "is being spent" is the money now.
		cues(RolePrevious, 0, "was being spent", "were being spent", "was being invested", "were being invested"),
		cues(RoleShare, 0, "goes to", "will go to", "go to", "of it", "of that", "of this", "share", "goes towards",
			"will go towards", "go towards", "goes toward", "will go toward", "go toward", "is allocated to",
			"are allocated to", "will be allocated to", "between them", "among them", "between us"),
		// "allowing up to £100,000 at a time to be spent on initiatives"
		// (yorkpress-2012): the most one spending may draw, not a part of
		// the whole; straight after the figure only, and not "at a time
		// when …".
		cues(RolePerUnit, 0, "per", "each", "apiece", "a head", "for each", "for every", "at a time"),
		cues(RoleProposal, 0, "proposal"),
		cues(RolePackage, 0, "package", "fund", "funding", "investment", "programme", "program", "scheme",
			"grant", "settlement", "deal", "boost", "pot", "injection", "for", "of additional", "of extra", "of new",
			"headline", "plan"),
		cues(RolePackage, 0, "has been spent", "have been spent", "will be spent", "is being spent", "are being spent",
			"has been allocated", "have been allocated", "will be allocated", "is being allocated",
			"has been invested", "will be invested", "is being invested", "has been made available",
			"have been made available", "will be made available", "is being made available", "has been provided",
			"will be provided", "is being provided", "has been given", "have been given", "will be given",
			"is being given", "are being given", "has been awarded", "have been awarded", "will be awarded",
			"is being awarded"),
	)
	termsCues = join(
		cues(0, RealTerms, "real terms", "real-terms", "after inflation", "inflation-adjusted",
			"adjusted for inflation", "today's prices", "today’s prices", "today's money", "today’s money",
			"constant prices"),
		cues(0, Cash, "cash terms", "cash-terms", "in cash", "nominal terms"),
		cues(0, PerHead, "per head", "a head", "per person", "per capita", "per resident", "per pupil", "per child",
			"per student", "per patient", "per taxpayer", "for every taxpayer", "for each taxpayer", "for every pupil",
			"for each pupil", "for every child", "for each child"),
	)
	yearCues = cues(0, 0, "a year", "per year", "each year", "every year", "annually", "per annum",
		"a-year", "yearly", "an annual", "annual")
)

// join returns the cue lists as one.
func join(lists ...[]cue) []cue {
	var out []cue
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// A token is a word near a figure, in lower case, or, with fig set, another
// figure (a word with a digit or a currency symbol in it), which bounds the
// words that belong to this one.
type token struct {
	s     string
	fig   bool
	given bool    // the word is one of givenVerbs
	id    uint16  // the word's id in cueIndex if it is a word of a cue or of givenVerbs, or 0
	set   *cueSet // the cues found by this word, or nil
}

// window is how many words on each side of a figure are read for cues;
// verbReach how many before it are read for the verb of "by £2.3 billion"
// and "to £115" and for "should", which may be further off; readBack and
// readAhead how many bytes of the quote before and after it are looked at
// for them.
const (
	window    = 8
	verbReach = 12
	readBack  = 160
	readAhead = 120
)

// A cueSet holds, for one word, the cues a match can be found by at that
// word: by their last word before a figure (whose tokens are nearest
// first), by their first word after it, for roles, terms and years, as
// indices into beforeCues, afterCues, termsCues and yearCues.
type cueSet struct {
	before, after, termsBefore, termsAfter, yearBefore, yearAfter []cueRef
}

// A cueRef is a cue of a cueSet: its index in its list, and next, the id
// of its word next to the one it is found by (the word before its last,
// for a cue found by its last word; after its first, for one found by its
// first), or 0 for a cue of one word. The words of common words' cues
// mostly differ there ("is up", "coughing up"; "of" has over fifty), so
// that a cue whose next word is not the token beside the one it is found
// by is passed over on that alone, without reading the cue (see admits).
type cueRef struct {
	i    int32
	next uint16
}

// admits reports whether cue r, found by token j of ts, may match there:
// whether it is of one word or its next word is token j+1, the word
// matchAt compares first.
func (r cueRef) admits(ts []token, j int) bool {
	return r.next == 0 || j+1 < len(ts) && ts[j+1].id == r.next
}

// cueIndex finds the cueSet of a word, and gives every word of a cue and
// of givenVerbs an id, so that a cue is matched by comparing small
// integers rather than strings. It is a small open-addressed hash table
// rather than a map: read looks up every word near every figure, and
// hashing a few bytes with FNV-1a and comparing one string is several
// times faster than a map look-up.
var cueIndex = func() *cueTable {
	t := &cueTable{}
	slot := func(w string) *cueSlot {
		i := fnv(w) & (len(t.slots) - 1)
		for t.slots[i].id != 0 && t.slots[i].w != w {
			i = (i + 1) & (len(t.slots) - 1)
		}
		if t.slots[i].id == 0 {
			t.words++
			t.slots[i] = cueSlot{w: w, id: uint16(t.words)}
		}
		return &t.slots[i]
	}
	add := func(list []cue, byLast bool, field func(*cueSet) *[]cueRef) {
		for i := range list {
			c := &list[i]
			if c.ids == nil {
				c.ids = make([]uint16, len(c.words))
				for k, w := range c.words {
					c.ids[k] = slot(w).id
				}
			}
			w := c.words[0]
			if byLast {
				w = c.words[len(c.words)-1]
			}
			s := slot(w)
			if s.set == nil {
				s.set = &cueSet{}
			}
			var next uint16
			if len(c.ids) > 1 {
				next = c.ids[1]
				if byLast {
					next = c.ids[len(c.ids)-2]
				}
			}
			f := field(s.set)
			*f = append(*f, cueRef{i: int32(i), next: next})
		}
	}
	add(beforeCues, true, func(c *cueSet) *[]cueRef { return &c.before })
	add(afterCues, false, func(c *cueSet) *[]cueRef { return &c.after })
	add(termsCues, true, func(c *cueSet) *[]cueRef { return &c.termsBefore })
	add(termsCues, false, func(c *cueSet) *[]cueRef { return &c.termsAfter })
	add(yearCues, true, func(c *cueSet) *[]cueRef { return &c.yearBefore })
	add(yearCues, false, func(c *cueSet) *[]cueRef { return &c.yearAfter })
	for _, v := range givenVerbs {
		slot(v).given = true
	}
	return t
}()

// A cueTable is the hash table of cueIndex: a power of two of slots, at
// most a quarter of them used (TestCueTable), so that probes are short.
type cueTable struct {
	slots [2048]cueSlot
	words int // the slots in use, and the greatest id
}

// A cueSlot is one word of a cueTable: its id, counted from 1, its cues,
// and whether it is one of givenVerbs. A slot with id 0 is free.
type cueSlot struct {
	w     string
	id    uint16
	given bool
	set   *cueSet
}

// find returns the slot of word w, or nil.
func (t *cueTable) find(w string) *cueSlot {
	for i := fnv(w) & (len(t.slots) - 1); t.slots[i].id != 0; i = (i + 1) & (len(t.slots) - 1) {
		if t.slots[i].w == w {
			return &t.slots[i]
		}
	}
	return nil
}

// fnv returns the 32-bit FNV-1a hash of s.
func fnv(s string) int {
	h := uint32(2166136261)
	for i := range len(s) {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return int(h)
}

// cuesOf returns the cueSet of token t, or nil.
func cuesOf(t token) *cueSet { return t.set }

// appendToken appends to dst the token of word w, a figure if fig is set,
// with the cues it finds. It fills the token in place, where building it
// and appending it would copy it twice: the tokenisers append one for every
// word around every figure.
func appendToken(dst []token, w string, fig bool) []token {
	dst = append(dst, token{})
	t := &dst[len(dst)-1]
	t.s, t.fig = w, fig
	if fig {
		return dst
	}
	if sl := cueIndex.find(w); sl != nil {
		t.id, t.given, t.set = sl.id, sl.given, sl.set
	}
	return dst
}

// read returns what the words of quote around sp, the span of a figure,
// say about it. It reads up to eight words on each side, within the clause
// (stopping at punctuation other than the points and commas of numbers, and
// at "but", "while", "whereas", "although" and "though"), and never past
// another figure, except to pair "from £50.1bn to £53.9bn"; for the verb
// of "to £115" or "by £2.3 billion" and for "should", twelve words before.
// It looks at the whole sentence of an extra sum only for the total it
// adds to (levelNear). Words are matched without regard to ASCII case. It
// allocates at most the lower-case text around the figure and the words
// of a cue it puts together ("gone … to", "a pupil").
func read(quote string, sp Span) reading {
	var r reading
	if sp.IsZero() || !sp.Valid(quote) || sp.Start == sp.End {
		return r
	}
	from, to := max(0, sp.Start-readBack), min(len(quote), sp.End+readAhead)
	for from > 0 && !utf8.RuneStart(quote[from]) {
		from++
	}
	for to < len(quote) && !utf8.RuneStart(quote[to]) {
		to--
	}
	low := lowerASCII(quote[from:to])
	start, end := sp.Start-from, sp.End-from
	var bw [verbReach]token
	var aw [window]token
	wide := tokensBefore(low, start, from > 0, bw[:0])
	after := tokensAfter(low, end, to < len(quote), aw[:0])
	if len(wide) == 0 {
		if b, a, ok := proportionAside(low, start, end); ok {
			// "will have cut a third - £227 million - off our budget": the
			// money of the proportion, read by the words around the two.
			wide = tokensBefore(low, b, from > 0, bw[:0])
			after = tokensAfter(low, a, to < len(quote), aw[:0])
		}
	}
	before := wide[:min(len(wide), window)]
	// A figure's own words before its amount are its bound ("more than",
	// "between"); words after the amount may state it per year ("£1.5bn a
	// year") or its terms, and are read.
	var own []token
	if wordsAfterAmount(low[start:end]) {
		var ow [window]token
		own = tokensAfter(low[:end], start, false, ow[:0])
	}
	for len(own) > 0 && own[0].fig {
		own = own[1:]
	}

	// "from £50.1bn to £53.9bn": the first is the level before, the second
	// the level after.
	// "slashed from more than £50m to just £2m": an adverb of degree may
	// come between "to" and the second.
	eachPerson := false // the figure is what each of several people receives
	lo := 0
	if len(before) > 0 && degreeWord(before[0]) {
		lo = 1
	}
	switch {
	case len(before) > lo+1 && is(before[lo], "to") && before[lo+1].fig && fromBefore(before[lo+2:]):
		r.role, r.roleCue = RoleLevel, "from … to"
	case len(after) > 1 && is(after[0], "to") && (after[1].fig || len(after) > 2 && degreeWord(after[1]) && after[2].fig) && fromBefore(before):
		r.role, r.roleCue = RolePrevious, "from … to"
	}
	if r.role == RoleUnknown && len(wide) > 1 && (is(wide[0], "to") || is(wide[0], "by")) {
		// "taking our total additional funding provided to £4.3 billion",
		// "it's gone up year after year to £115": a level; "increases
		// funding for social care and other vital services by £2.3
		// billion": a change. The verb may be further off than a cue.
		role := RoleLevel
		if is(wide[0], "by") {
			role = RoleChange
		}
		if v, at := changeVerb(wide[1:], role == RoleLevel); at == 0 {
			r.role, r.roleCue = role, v+" "+wide[0].s // "up by"
		} else if at > 0 && costObject(wide[1:at+1]) {
			// "problems … increased the bill by £400,000": a rise in what
			// something costs, no money given or cut.
			r.role, r.roleCue = RoleOther, v+" … "+wide[0].s
		} else if at > 0 {
			r.role, r.roleCue = role, v+" … "+wide[0].s
		} else if role == RoleLevel && fromFigure(wide[1:]) {
			// "rose from £3m last year to £5m"
			r.role, r.roleCue = RoleLevel, "from … to"
		} else if role == RoleLevel && wide[1].fig {
			// "an increase of £20m to £120m", "is up £2m to £12m": the
			// figure before "to" is the change, this the level it brings.
			if v, at := changeVerb(wide[2:], false); at == 0 || at == 1 {
				r.role, r.roleCue = RoleLevel, v+" … to"
			}
		}
	}
	if r.role == RoleUnknown {
		// The words after the amount in a figure's own text ("£240m per
		// hospital", "£500m a year for buses") come before those after it.
		next, adj := after, 0
		if tail := afterAmount(own); len(tail) > 0 {
			var nw [window]token
			next = append(append(nw[:0], tail...), after[:min(len(after), window-len(tail))]...)
			adj = len(tail)
		}
		r.role, r.roleCue = nearest(before, next, adj)
		if r.role == RoleNeeded && facedCut(before, r.roleCue) {
			// "will face cuts next year totalling £3.3 million": the cuts
			// faced, a change, as "faces cuts of £3m" is.
			r.role, r.roleCue = RoleChange, "cuts"
		}
		if r.role == RoleUnknown && totalledCut(before) {
			// "government cuts to local government services totalled £170
			// million": what the cuts come to, a change.
			r.role, r.roleCue = RoleChange, "cuts … totalled"
		}
		if r.role == RoleLevel && strings.HasPrefix(r.roleCue, "now ") {
			// "Leeds will now get £5m": money to come, a share, not the
			// level now ("and now we get £2m").
			for j := 1; j < len(before) && j < 4; j++ {
				if is(before[j], "now") {
					if j+1 < len(before) && (is(before[j+1], "will") || is(before[j+1], "would") || is(before[j+1], "could") ||
						is(before[j+1], "to") || is(before[j+1], "shall")) {
						r.role, r.roleCue = RoleShare, before[0].s
					}
					break
				}
			}
		}
		if (r.role == RoleUnknown || r.role == RolePackage) && len(before) > 0 && is(before[0], "of") {
			// "providing a potential increase in services of more than
			// £400 million", "a cut in grants to councils of £2bn": the
			// size of the change its noun names, what it is in between,
			// as "an increase of" is, whatever verb gives it.
			if n := changeNounIn(before[1:]); n != "" {
				r.role, r.roleCue = RoleChange, n+" in … of"
			}
		}
		if r.role == RoleNeeded && (r.roleCue == "bid" || r.roleCue == "bids") && len(before) > 0 &&
			(is(before[0], "successful") || is(before[0], "winning")) ||
			r.role == RoleNeeded && (r.roleCue == "bid of" || r.roleCue == "bids of") && len(before) > 2 &&
				(is(before[2], "successful") || is(before[2], "winning")) {
			// "a successful £2m bid to the fund", "a winning bid of
			// £2m": money won, not asked for; the bid's words give it no
			// other role.
			r.role, r.roleCue = RoleUnknown, ""
		}
		if r.role == RolePrevious && r.roleCue == "previously" && len(before) > 1 && is(before[1], "previously") &&
			announcingVerb(before[0]) {
			// "The Scottish Government previously announced £147m to fund
			// a council tax freeze": money announced before, a package
			// of its own, not the level before a change (but see
			// drafter.linked, where the package is a level risen to).
			r.role, r.roleCue = RolePackage, "previously "+before[0].s
		}
		if (r.role == RoleLevel || r.role == RoleShare) && len(next) > 0 && (is(next[0], "more") || is(next[0], "less")) {
			// "we now receive £700,000 less", "councils get £5m more":
			// the difference, whatever the verb before.
			r.role, r.roleCue = RoleChange, next[0].s
		}
		if r.role == RoleChange && len(next) > 1 && (is(next[0], "more") || is(next[0], "less")) && thanOther(next[1:]) {
			// "migrants pay £2bn more in tax than they take out": the
			// difference between two other sums, not a change in one.
			r.role, r.roleCue = RoleOther, next[0].s+" … than"
		}
		if (r.role == RoleUnknown || r.role == RoleShare || r.role == RolePackage) && len(next) > 0 && eachWord(next) {
			// "councils will get £30 per pupil", "will receive £5,000
			// each": so much for each of them.
			r.role, r.roleCue = RolePerUnit, next[0].s
			if is(next[0], "a") || is(next[0], "an") {
				r.roleCue += " " + next[1].s // "a pupil"
			}
		}
		if r.role == RoleShare && strings.HasPrefix(r.roleCue, "benefit") && namedBetween(before) {
			// "schools would also benefit from the Government's one-off
			// £1 billion package": the pot named, not a part of it.
			r.role, r.roleCue = RolePackage, r.roleCue+" the"
		}
		if r.role == RoleShare {
			// "each secondary school pupil will receive at least £5,150":
			// what each one of several receives, whom the subject names
			// by "each" or "every"; per head where they are people.
			if v, person := eachReceives(before); v != "" {
				r.role, r.roleCue, eachPerson = RolePerUnit, v, person
			}
		}
	}
	// "£40m of the £300m": the second is the whole, the first a share of
	// it.
	if (r.role == RoleUnknown || r.role == RolePackage || r.role == RoleShare) && len(before) > 1 && (is(before[0], "of") && before[1].fig ||
		len(before) > 2 && is(before[0], "the") && is(before[1], "of") && before[2].fig) {
		r.role, r.roleCue = RolePackage, "of the"
	}
	if (r.role == RoleUnknown || r.role == RolePackage) && len(after) > 1 && is(after[0], "of") {
		// "£40m of the £300m", "£17m of our £48m bid": a part of the
		// money after; of a bid, a part of what it asks for.
		k := 1
		if len(after) > 2 && (is(after[1], "the") || ownerWord(after[1])) {
			k = 2
		}
		if after[k].fig {
			r.role, r.roleCue = RoleShare, "of the"
			if k+1 < len(after) && (is(after[k+1], "bid") || is(after[k+1], "bids")) {
				r.role, r.roleCue = RoleNeeded, "of the … bid"
			}
		}
	}
	switch {
	case len(before) > 2 && is(before[0], "of") && is(before[1], "share") && sharer(before[2]):
		// "will receive a share of £850 million", "will receive share of
		// £2.9 million": the figure is the whole that is shared.
		r.role, r.roleCue = RolePackage, before[2].s+" share of"
	case len(before) > 2 && (is(before[0], "a") || is(before[0], "the")) && is(before[1], "of") && is(before[2], "share"):
		// "the £4,003,375 share of a £500m pot", "Bristol's share of the
		// £10m": whoever's the share, the sum after its article is the
		// whole shared.
		r.role, r.roleCue = RolePackage, "share of "+before[0].s
	case (r.role == RoleUnknown || r.role == RolePackage || r.role == RoleShare) && len(before) > 1 && is(before[0], "of") &&
		eachNoun(before[1]):
		// "Grants of £750 are being paid to all registered
		// childminders": one of many payments; and so what many
		// receive as grants of a sum ("28 schemes received grants of
		// up to £5,000", lancashiretelegraph-2024).
		r.role, r.roleCue = RolePerUnit, before[1].s+" of"
	case (r.role == RoleUnknown || r.role == RolePackage || r.role == RoleShare || r.role == RoleLevel) && len(before) > 3 &&
		is(before[0], "to") && is(before[1], "up") && is(before[2], "of") && eachNoun(before[3]):
		// "grants of up to a maximum of £5,000": the cap's words before
		// the figure's own.
		r.role, r.roleCue = RolePerUnit, before[3].s+" of up to"
	}
	switch r.role {
	case RoleUnknown, RolePackage, RoleShare, RoleChange:
		// "Wales should therefore receive an additional £60bn": what
		// ought to be given is an amount asked for, whatever it is called,
		// but not a sum named as known.
		if m := modal(wide); m != "" && !(len(before) > 0 && named(before[0])) {
			r.role, r.roleCue = RoleNeeded, m
		}
	}
	if r.role == RoleChange && extraCue(r.roleCue) && !levelNear(low, start, end) && !addedTo(before, after) {
		// "an additional £11.6m will be available": new money, the
		// package announced, unless the quote gives the total it takes
		// the spending to ("an additional £9.2m, bringing the total to
		// £190m"), of which it is the change, or its words make it a part
		// of a total ("comprises £1.5m … and an extra £1m"), when it is a
		// share.
		r.role = RolePackage
		for _, t := range before {
			if partWord(t) {
				r.role, r.roleCue = RoleShare, t.s
				break
			}
		}
	}
	if r.role == RoleUnknown && len(before) > 0 && is(before[0], "the") && (len(before) == 1 || speech(before[1])) &&
		len(after) > 0 && auxiliary(after[0]) {
		// "the £2.4m would bolster specialist support", "critics said the
		// £2m was a drop in the ocean": the sum a clause or its reported
		// speech opens on as its subject, named as one known, is the one
		// announced. "The £246,139 announced today" may be anyone's.
		r.role, r.roleCue = RolePackage, "the"
	}
	if r.role == RoleShare && (r.roleCue == "of that" || r.roleCue == "of it" || r.roleCue == "of this") && otherBefore(before) {
		// "nearly £12 million of reserves and £3.2 million of that": a
		// part of another item's money is another item's money.
		r.role, r.roleCue = RoleOther, "of that, "+r.roleCue
	}
	if r.role == RoleUnknown && len(wide) > 0 && is(wide[0], "to") {
		// "this will bring the total disbursed by my Department to
		// support charities during 2020/2021 to £16.3million": the level
		// the total is brought to, its verb further off than changeVerb
		// reads, past a year.
		if v := totalBroughtBefore(low, start); v != "" {
			r.role, r.roleCue = RoleLevel, v+" … to"
		}
	}
	if k := alongWith(before); (r.role == RoleUnknown || r.role == RolePackage) && k != "" && totalBroughtAfter(quote, sp.End) {
		// "Along with £8.8m awarded in Phase 1 …, this will bring the
		// total … to £16.3million": the money the new adds to, the level
		// before.
		r.role, r.roleCue = RolePrevious, k+" … the total"
	}
	if k := alongShare(wide); (r.role == RoleUnknown || r.role == RolePackage) && k != "" {
		// "departments would get a total of £631.5m resource spending
		// along with £68 million of capital": the recipient's second sum,
		// a share as the first is.
		r.role, r.roleCue = RoleShare, k
	}
	if r.role == RoleUnknown || r.role == RolePackage && r.roleCue == "for" {
		// "said £25m would be used to give …": a part of the money, what
		// it pays for; "for" after "used" is that purpose's, not the
		// package's word.
		if v := usedFor(after); v != "" {
			r.role, r.roleCue = RoleShare, v
		}
	}
	if r.role == RoleUnknown || r.role == RolePackage {
		// "The Executive allocated my Department with £15.5m in May
		// 2020": money given at a date gone by, a total of its own.
		if v := givenIn(before, after); v != "" {
			r.role, r.roleCue = RoleOther, v
		}
	}
	if r.role == RoleUnknown || r.role == RolePackage {
		// "the sum, equivalent to roughly £3.5m a week": the money
		// named before the gloss, at another rate.
		if g := glossOf(low, start); g != "" {
			r.role, r.roleCue = RolePackage, g
		}
	}
	if r.role == RoleUnknown {
		// "a one per cent funding reduction, equivalent to almost £1.9
		// million": the gloss states the change in money.
		if g := changeGloss(low, start); g != "" {
			r.role, r.roleCue = RoleChange, g
		}
	}
	if r.role == RoleUnknown && len(before) > 2 && is(before[0], "at") && needNounIn(before[1:min(len(before), 7)]) {
		// "putting the national shortfall at £5.7bn, and the gap in
		// Yorkshire at £735m": a need put at a sum.
		r.role, r.roleCue = RoleNeeded, "… at"
	}
	if n := cutsNamedAfter(after); r.role == RoleUnknown && n > 0 {
		// "has made £2m in extra savings": savings with a word of more
		// between, which the cues after a figure do not read, are a
		// change as "in savings" is.
		r.role, r.roleCue = RoleChange, after[0].s+" … "+after[n-1].s
	}
	if r.role == RoleChange {
		// "will now need to make cuts worth £9m", "will require the
		// council to make around £9m of cuts", "will have to make £1m in
		// extra savings": cuts still to find.
		if v := cutsToMake(before, after); v != "" {
			r.role, r.roleCue = RoleNeeded, v
		} else if v := cutsNeeded(after); v != "" {
			// "another £1m in savings would be needed": the savings the
			// words after say are needed are still to find.
			r.role, r.roleCue = RoleNeeded, v
		}
	}
	if r.role == RoleUnknown {
		// "councils need more than 230 times that amount to cover the
		// £11.8 billion cost": the cost a need is to cover is money
		// needed.
		if v := needToCover(wide); v != "" {
			r.role, r.roleCue = RoleNeeded, v
		}
	}
	if r.role == RoleUnknown || r.role == RolePackage {
		// "we've now released more than £100m from the pot": the total
		// the giving has now reached.
		if v := nowTotal(before); v != "" {
			r.role, r.roleCue = RoleLevel, v
		}
	}
	if r.role == RoleUnknown || r.role == RolePackage || r.role == RoleShare {
		// "Since the bid was put together we have received Government
		// funding of £15m for the NBI and an extra £1m": money received
		// over a time gone by, each sum its sentence gives after the
		// verb, is a total of its own, not the package or a share of it.
		if v := receivedSince(low, start); v != "" {
			r.role, r.roleCue = RoleOther, v
		}
	}
	if r.role == RoleUnknown || r.role == RolePackage {
		// "we have allocated £570 million since October", "has so far
		// spent more than £4 billion": money given over a time gone by is
		// a total of its own, not the package announced.
		if v := pastTotal(before, low, start, end); v != "" {
			r.role, r.roleCue = RoleOther, v
		} else if v := supportedSince(before, low, start, end); v != "" {
			// "planning for this period since the end of last winter,
			// supported by £50 million of funding": money that has
			// backed the work, not the package announced.
			r.role, r.roleCue = RoleOther, v
		} else if len(after) > 1 && is(after[0], "since") && (calendarYear(after[1].s) != 0 || monthOf(after[1].s) != 0) {
			// "money provided by the fund – totalling over £2.3m since
			// 2008": a sum over a time gone by, from a date on, is a
			// total of its own, whatever the verb.
			r.role, r.roleCue = RoleOther, "since"
		}
	}
	if r.role == RolePrevious && r.roleCue == "from" {
		// "reduced from the £33 million budget gap we currently face":
		// the noun the figure qualifies says what it is, money lacking,
		// not the level before a change.
		if n := needNounAfter(after); n != "" {
			r.role, r.roleCue = RoleNeeded, n
		}
	}
	if o := potAdjective(before); r.role == RolePrevious && r.roleCue == "from" && len(before) > o+2 && is(before[o], "the") &&
		is(before[o+1], "from") {
		// "how much they will receive from the £183.5 million", "will get
		// money from the £50m", "to bid for more cash from the additional
		// £1 billion": the pot received or drawn from is the whole, not a
		// level before.
		for _, t := range before[o+2 : min(len(before), o+4)] {
			if receiveToken(t) || cashNoun(t) {
				r.role, r.roleCue = RolePackage, t.s+" … from the"
				break
			}
		}
	}
	if r.role == RoleUnknown && len(before) > 1 && (is(before[0], "see") || is(before[0], "sees")) &&
		(is(before[1], "will") || is(before[1], "would")) && len(after) > 0 && after[0].given {
		// "the plan will see almost £1bn invested into new homes": the
		// money a plan brings about.
		r.role, r.roleCue = RolePackage, before[1].s+" see … "+after[0].s
	}
	if r.role == RoleUnknown || r.role == RolePackage {
		// "the total spend of the fund was £392 million by the end of
		// February": money spent up to a date is a total of its own.
		if v := spentBy(before, after); v != "" {
			r.role, r.roleCue = RoleOther, v
		}
	}
	if r.role == RoleUnknown || r.role == RolePackage {
		// "allocating £63million to Hounslow Council as part of its
		// grant funding": one part of a larger programme.
		if partOf(after) {
			r.role, r.roleCue = RoleShare, "as part of"
		}
	}
	if r.role != RoleNeeded && r.role != RoleProposal && r.role != RoleRival {
		// "up to £24 a year on a Band D equivalent property": a household's
		// bill, its rise or its cap, no money given; an amount asked for
		// keeps its role.
		if v := bandProperty(after); v != "" {
			r.role, r.roleCue = RoleOther, v
		}
	}
	if r.role == RoleUnknown || r.role == RoleOther || r.role == RolePackage {
		// "A permit cost £80 when they took over", "£2m five years ago":
		// the level at a time gone by.
		if v := pastTime(after); v != "" {
			r.role, r.roleCue = RolePrevious, v
		}
	}
	// Terms anywhere in the clause; the first listed wins.
	best := int32(len(termsCues))
	find := func(ts []token, backward bool, anywhere bool) {
		for j := range ts {
			if ts[j].fig {
				if anywhere {
					continue
				}
				return
			}
			set := ts[j].set
			if set == nil {
				continue
			}
			list := set.termsAfter
			if backward {
				list = set.termsBefore
			}
			for _, ref := range list {
				if ref.i < best && ref.admits(ts, j) && matchAt(ts, j, termsCues[ref.i].ids, backward) {
					best = ref.i
				}
			}
		}
	}
	find(before, true, false)
	find(after, false, false)
	find(own, false, true)
	if best < int32(len(termsCues)) {
		r.terms = termsCues[best].terms
	} else if eachPerson && r.role == RolePerUnit {
		r.terms = PerHead
	}
	// A sum per year says so next to the figure or in its own words.
	year := func(ts []token, j int, backward bool) {
		if r.yearly || j >= len(ts) {
			return
		}
		set := cuesOf(ts[j])
		if set == nil {
			return
		}
		list := set.yearAfter
		if backward {
			list = set.yearBefore
		}
		for _, ref := range list {
			if ref.admits(ts, j) && matchAt(ts, j, yearCues[ref.i].ids, backward) {
				r.yearly, r.yearCue = true, yearCues[ref.i].text
				return
			}
		}
	}
	year(after, 0, false)
	year(before, 0, true)
	for j := range own {
		year(own, j, false)
	}
	if r.terms == PerHead && r.role == RolePerUnit && r.roleCue == "per" && best < int32(len(termsCues)) {
		r.roleCue = termsCues[best].text // "per head", "per pupil"
	}
	return r
}

// announcingVerb reports whether t is a verb in the past tense by which a
// body announces or sets aside money: "announced", "pledged".
func announcingVerb(t token) bool {
	switch t.s {
	case "announced", "pledged", "promised", "committed", "unveiled", "allocated", "earmarked":
		return !t.fig
	}
	return false
}

// ownerWord reports whether t is a possessive determiner: "our", "its".
func ownerWord(t token) bool {
	switch t.s {
	case "our", "their", "its", "his", "her", "your", "my":
		return !t.fig
	}
	return false
}

// thanOther reports whether ts, the words after "more" or "less" after a
// figure, compare it within four words by "than" with something other
// than the same sum at another time or as planned: "in tax than they take
// out", "than Leeds", but not "than last year", "than was announced",
// "than planned" or "than £3m".
func thanOther(ts []token) bool {
	for i := 0; i < len(ts) && i < 4; i++ {
		if ts[i].fig {
			return false
		}
		if !is(ts[i], "than") {
			continue
		}
		if i+1 >= len(ts) || ts[i+1].fig || timeWord(ts[i+1]) {
			return false
		}
		switch ts[i+1].s {
		case "last", "this", "previously", "before", "planned", "expected", "originally", "announced", "promised",
			"was", "were", "had", "has", "in", "at", "the", "a", "an", "forecast", "budgeted", "usual", "ever",
			"anticipated", "predicted", "estimated", "assumed", "thought", "hoped":
			return false
		case "we", "they", "i", "it", "you", "he", "she":
			// "£5m less than we anticipated": the same sum as planned.
			return i+2 >= len(ts) || !plannedWord(ts[i+2])
		}
		return true
	}
	return false
}

// plannedWord reports whether t is a verb of a sum planned or foreseen,
// after "than we": "anticipated", "expected", "planned".
func plannedWord(t token) bool {
	switch t.s {
	case "anticipated", "expected", "planned", "predicted", "estimated", "assumed", "thought", "hoped", "forecast",
		"budgeted", "feared", "had":
		return true
	}
	return false
}

// needNounIn reports whether one of ts, words before a figure, is a noun
// of money lacking ("gap", "shortfall", "deficit", "backlog", "hole"),
// with no figure before it among them.
func needNounIn(ts []token) bool {
	for _, t := range ts {
		if t.fig {
			return false
		}
		switch t.s {
		case "gap", "shortfall", "deficit", "backlog", "hole":
			return true
		}
	}
	return false
}

// needNounAfter returns the noun of money lacking ("gap", "shortfall",
// "deficit", "backlog", "hole") among the first two of ts, the words after
// a figure ("£33 million budget gap", "£5m shortfall"), or "".
func needNounAfter(ts []token) string {
	for _, t := range ts[:min(len(ts), 2)] {
		if t.fig {
			return ""
		}
		switch t.s {
		case "gap", "shortfall", "deficit", "backlog", "hole":
			return t.s
		}
	}
	return ""
}

// afterAmount returns the tokens of own, a figure's own words without
// their leading figure, after its last figure token: "per hospital" of
// "£240m per hospital", "a year" of "more than £4m a year".
func afterAmount(own []token) []token {
	for i := len(own) - 1; i >= 0; i-- {
		if own[i].fig {
			return own[i+1:]
		}
	}
	return own
}

// wordsAfterAmount reports whether figure text w, in lower case, has words
// after its amount: "£1.5bn a year" has, "more than £4 million" and
// "£3m-£5m" have not.
func wordsAfterAmount(w string) bool {
	i := len(w) - 1
	for i >= 0 && !isDigit(w[i]) {
		i--
	}
	rest := w[i+1:]
	if strings.IndexByte(rest, ' ') < 0 {
		// "£2.4m", "£2,000": at most one word, the common case.
		return rest != "" && !amountWord(rest)
	}
	for {
		rest = strings.TrimLeft(rest, " ")
		word, more, _ := strings.Cut(rest, " ")
		switch {
		case word == "":
			return false
		case !amountWord(word):
			return true
		case more == "":
			return false
		}
		rest = more
	}
}

// amountWord reports whether w ends an amount: a multiplier ("m", "bn",
// "million") or a currency word ("pounds", "p").
func amountWord(w string) bool {
	switch w {
	case "k", "m", "mn", "b", "bn", "tn", "p", "pence":
		return true
	}
	return moneyWord(token{s: w})
}

// lowerASCII returns s with its ASCII letters in lower case, without
// allocating if it has none in upper case.
func lowerASCII(s string) string {
	for i := firstUpper(s); i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// firstUpper returns the offset of the block of eight bytes of s that
// holds its first ASCII capital, or of its last bytes when no block does,
// testing eight bytes at a time: read lowers the words around every
// figure, and most have no capital. In each byte's low seven bits h,
// h+0x3f sets the top bit when h is at least 'A' and h+0x25 when it is
// above 'Z', with no carry into the next byte; bytes beyond ASCII are left
// out.
func firstUpper(s string) int {
	const lows, highs = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// Eight bytes cut as one piece of known length, which the compiler
		// reads in one load, without a bounds check for each byte.
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		h := w & lows
		if (h+0x3f3f3f3f3f3f3f3f)&^(h+0x2525252525252525)&^w&highs != 0 {
			break
		}
	}
	return i
}

// nearest returns the role of the nearest cue on either side that gives
// one other than the package, or failing that of the nearest that gives the
// package, and its words; of two at the same distance, the one before the
// figure, and of two there the one listed first ("each getting" before
// "getting").
//
// A word calling the sum extra ("additional", "extra", "further") gives a
// change, but only where no other word gives a role, or the only one is a
// share: "we need an extra £2m" is needed, "Bristol will get an extra £4m"
// new money. "per" before a word of time ("£1.5bn per year") is a rate,
// not a sum for each of several, and "as per" ("as per an announcement
// last week") is "in keeping with". "an initial" sum is the first of
// more to come ("an initial £100m will be allocated"), not the level
// before, as "the initial £2m budget" is. A word after the figure gives a change
// only straight after its amount, which is at adj, past the figure's own
// words ("£1.6bn more", "£3m a year more"): in "£10bn of extra capital"
// and "the £1.8bn injection risks being little more than a drop in the
// ocean" the words describe something else. One giving an amount needed
// counts within three words of it ("£3m is required", "£1bn councils
// need"), not in "the £2.4m package will give victims the support they
// need".
func nearest(before, after []token, adj int) (Role, string) {
	n := nearestCues{best: RoleUnknown, bestAt: window + 1, pkgAt: window + 1, extraAt: window + 1, adj: adj}
	n.try(before, beforeCues, true)
	n.try(after, afterCues, false)
	switch {
	case n.best != RoleUnknown && (n.best != RoleShare || n.extra == "" || n.bestAfter || strings.HasPrefix(n.bestCue, n.extra+" ")):
		// A share's cue that holds the word calling the sum extra
		// ("further allocation of") is read whole, not as that word.
		return n.best, n.bestCue
	case n.extra != "":
		return RoleChange, n.extra
	case n.pkgCue != "":
		return RolePackage, n.pkgCue
	}
	return RoleUnknown, ""
}

// nearestCues are the nearest cues nearest has found so far: the best of
// a role other than the package, whether it is after the figure, the
// nearest giving the package and the nearest calling the sum extra, each
// with its place, and adj, where the figure's amount ends after it.
type nearestCues struct {
	best                   Role
	bestAt, pkgAt, extraAt int
	bestCue, pkgCue, extra string
	bestAfter              bool
	adj                    int
}

// try looks for cues of list in ts, the tokens on one side of the figure,
// nearest first: before it if backward, after it otherwise.
func (n *nearestCues) try(ts []token, list []cue, backward bool) {
	adj := n.adj
	for j := range ts {
		if ts[j].fig || j >= n.bestAt && j >= n.pkgAt {
			return
		}
		set := ts[j].set
		if set == nil {
			continue
		}
		idx := set.after
		if backward {
			idx = set.before
		}
		for _, ref := range idx {
			if !ref.admits(ts, j) {
				continue
			}
			c := &list[ref.i]
			if !matchAt(ts, j, c.ids, backward) || !backward && c.role == RoleChange && j > adj ||
				!backward && (c.role == RoleNeeded || nearShare(c)) && j > adj+2 ||
				!backward && c.text == "per" && (j+1 < len(ts) && timeWord(ts[j+1]) || j > 0 && is(ts[j-1], "as")) ||
				!backward && (c.text == "of this" || c.text == "of that") && j > 0 && is(ts[j-1], "as") || // "as of this week" dates a sum
				!backward && c.text == "at a time" && (j > adj || j+3 < len(ts) && timeClause(ts[j+3])) ||
				!backward && c.role == RoleOther && writeOff(c.text) && j > 0 && j-1 <= adj && is(ts[j-1], "to") ||
				backward && c.text == "in line for" && j > 0 ||
				backward && c.text == "initial" && j+1 < len(ts) && is(ts[j+1], "an") ||
				backward && c.role == RolePrevious && possessiveYear(c.text) && withBetween(ts[:j]) ||
				backward && c.text == "than" && proportionOf(ts[:j]) ||
				backward && c.text == "needs" && metNeeds(ts, j) ||
				backward && j > 1 && demonstrativeSubject(ts) {
				continue
			}
			switch {
			case c.role == RoleChange && extraCue(c.text):
				if j < n.extraAt {
					n.extraAt, n.extra = j, c.text
				}
			case c.role == RolePackage:
				if j < n.pkgAt {
					n.pkgAt, n.pkgCue = j, c.text
				}
			case j < n.bestAt:
				n.best, n.bestAt, n.bestCue, n.bestAfter = c.role, j, c.text, !backward
			}
		}
	}
}

// writeOff reports whether the cue text forgives a debt ("write off",
// "written off"). Straight after a figure and "to" it is the money's
// purpose ("given £5m to write off the debt"), which is money given, not
// the debt.
func writeOff(text string) bool {
	return strings.HasPrefix(text, "writ") || text == "wrote off"
}

// metNeeds reports whether "needs" at ts[j], the tokens before a figure
// nearest first, is the noun after a possessive ("their needs") with a
// verb of giving between it and the figure: "to understand their needs
// and provided more than £27 billion" gives money to meet them, not a sum
// needed.
func metNeeds(ts []token, j int) bool {
	if j+1 >= len(ts) || !ownerWord(ts[j+1]) {
		return false
	}
	for _, t := range ts[:j] {
		if t.given {
			return true
		}
	}
	return false
}

// possessiveYear reports whether cue text is "last year's", which names the
// level of the noun it qualifies.
func possessiveYear(text string) bool { return text == "last year's" || text == "last year’s" }

// withBetween reports whether the tokens ts between a cue and the figure
// after it hold "with": "topped up last year's increases in the budget
// with nearly £200m" gives the figure as what the increases are topped up
// with, not as last year's.
func withBetween(ts []token) bool {
	for _, t := range ts {
		if t.s == "with" {
			return true
		}
	}
	return false
}

// nearShare reports whether c, a cue after a figure, says where the money
// goes ("will go towards", "is allocated to") and so makes it a share only
// within three words of its amount: in "£5m of the remaining will now go
// towards investment" the words say where the remaining goes, not what
// the £5m is.
func nearShare(c *cue) bool {
	return c.role == RoleShare && (strings.HasSuffix(c.text, "toward") || strings.HasSuffix(c.text, "towards") ||
		strings.HasSuffix(c.text, "allocated to"))
}

// proportionOf reports whether ts, the tokens between a cue before a
// figure and the figure, nearest first, make a proportion of it: a word
// of fractionWords and "of", then up to three words ("more than half of a
// planned £970m boost"), so that "than" there compares the proportion,
// not the figure, which is the whole.
func proportionOf(ts []token) bool {
	n := len(ts)
	return n >= 2 && n <= 5 && slices.Contains(fractionWords[:], ts[n-1].s) && is(ts[n-2], "of")
}

// matchAt reports whether the phrase of word ids w lies in ts with its
// anchor at j: its last word there and the others further on, for tokens
// before a figure (backward), or its first word there and the others
// after, for tokens after one; never across another figure, whose id is 0
// as no cue word's is.
//
// The anchor is not compared: every caller takes the cue from the cueSet of
// the word at j, which the anchor found.
func matchAt(ts []token, j int, w []uint16, backward bool) bool {
	if j+len(w) > len(ts) {
		return false
	}
	for k := 1; k < len(w); k++ {
		want := w[k]
		if backward {
			want = w[len(w)-1-k]
		}
		if ts[j+k].id != want {
			return false
		}
	}
	return true
}

// fromFigure reports whether ts, the words before "to" and a figure,
// nearest first, reach another figure within four words, with "from"
// just before it: "from £3m last year to £5m".
func fromFigure(ts []token) bool {
	for i := 0; i < len(ts) && i < 4; i++ {
		if ts[i].fig {
			return i+1 < len(ts) && is(ts[i+1], "from")
		}
	}
	return false
}

// fromBefore reports whether "from" is among the first three words of ts,
// the words before a figure, with no other figure between.
func fromBefore(ts []token) bool {
	for i := 0; i < len(ts) && i < 3; i++ {
		if ts[i].fig {
			return false
		}
		if is(ts[i], "from") {
			return true
		}
	}
	return false
}

// degreeWord reports whether t is an adverb of degree that may lead to
// the level of "from … to": "just", "only", "barely".
func degreeWord(t token) bool {
	return is(t, "just") || is(t, "only") || is(t, "barely") || is(t, "merely")
}

// is reports whether t is the word w.
func is(t token, w string) bool { return !t.fig && t.s == w }

// tokensBefore appends to dst the tokens of s before offset end, nearest
// first, up to its capacity or the start of the clause. If partial is set,
// s is cut from a longer text, and a word at its start may be cut too, so
// it is left out.
func tokensBefore(s string, end int, partial bool, dst []token) []token {
	i := end
	for len(dst) < cap(dst) {
		// Double quotation marks read as space: "was being “shortchanged”
		// by £13million" reads "shortchanged by".
		for i > 0 {
			if c := s[i-1]; c < utf8.RuneSelf {
				if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '"' {
					break
				}
				i--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsSpace(r) && r != '“' && r != '”' {
				break
			}
			i -= n
		}
		// The bytes of letters first, in a loop of their own without
		// bounds checks: most bytes of most words are.
		ws := s[:i]
		for len(ws) > 0 && asciiClass[ws[len(ws)-1]] == classWord {
			ws = ws[:len(ws)-1]
		}
		j, fig := len(ws), false
		for j > 0 {
			if c := s[j-1]; c < utf8.RuneSelf {
				k := asciiClass[c]
				if k == classWord {
					j-- // most bytes of most words
					continue
				}
				if k == 0 || k == classSep && !numberSep(s, j-1) {
					break
				}
				fig = fig || k == classFig
				j--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !wordRune(r) {
				break
			}
			fig = fig || figureRune(r)
			j -= n
		}
		w := trimHyphens(s[j:i])
		if w == "" || isClauseWord(w) || j == 0 && partial { // punctuation or the start: the clause ends
			break
		}
		if n := len(dst); fig && n > 0 && moneyWord(dst[n-1]) {
			dst = dst[:n-1] // "£45.1 billion" is one figure
		}
		dst = appendToken(dst, w, fig)
		i = j
	}
	return dst
}

// tokensAfter appends to dst the tokens of s from offset start on, nearest
// first, up to its capacity or the end of the clause. If partial is set, a
// word at the end of s may be cut, and is left out.
func tokensAfter(s string, start int, partial bool, dst []token) []token {
	i := start
	for len(dst) < cap(dst) {
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		ws := s[i:]
		for len(ws) > 0 && asciiClass[ws[0]] == classWord {
			ws = ws[1:]
		}
		j, fig := len(s)-len(ws), false
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				k := asciiClass[c]
				if k == classWord {
					j++ // most bytes of most words
					continue
				}
				if k == 0 || k == classSep && !numberSep(s, j) {
					break
				}
				fig = fig || k == classFig
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if !wordRune(r) {
				break
			}
			fig = fig || figureRune(r)
			j += n
		}
		w := trimHyphens(s[i:j])
		if w == "" || isClauseWord(w) || j == len(s) && partial {
			break
		}
		i = j
		if n := len(dst); n > 0 && dst[n-1].fig && moneyWord(token{s: w}) {
			continue // "£45.1 billion" is one figure
		}
		dst = appendToken(dst, w, fig)
	}
	return dst
}

// trimHyphens returns w without its leading and trailing hyphens, which
// join words but do not belong to one: "-" alone, a dash between clauses,
// is no word at all. It is strings.Trim(w, "-"), inlined: the tokenisers
// call it for every word of every quote.
func trimHyphens(w string) string {
	for len(w) > 0 && w[0] == '-' {
		w = w[1:]
	}
	for len(w) > 0 && w[len(w)-1] == '-' {
		w = w[:len(w)-1]
	}
	return w
}

// The classes of ASCII bytes in words and figures: letters, apostrophes
// and hyphens (classWord); digits, "$" and "%" (classFig, which make a word
// a figure; "%" a percentage, which bounds a figure's words as another
// figure does); and full stops and commas, which belong to a figure only
// between digits (classSep). Other bytes end a word.
const (
	classWord = 1 + iota
	classFig
	classSep
)

// asciiClass is the class of each ASCII byte, and 0 for each other byte,
// which a tokeniser decodes as part of a rune: a table of every byte value,
// so that indexing it by a byte needs no bounds check.
var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classWord
		t[c-'a'+'A'] = classWord
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classFig
	}
	t['\''], t['-'] = classWord, classWord
	t['$'], t['%'] = classFig, classFig
	t['.'], t[','] = classSep, classSep
	return t
}()

// numberSep reports whether the full stop or comma at offset at of s is
// between digits, as in "£2.4m" and "1,200".
func numberSep(s string, at int) bool {
	return at > 0 && at+1 < len(s) && isDigit(s[at-1]) && isDigit(s[at+1])
}

// wordRune reports whether r, a character beyond ASCII, belongs to a word or
// a figure: a letter, a digit, a curly apostrophe or a currency symbol.
func wordRune(r rune) bool {
	switch r {
	case '’', '£', '€', '¥':
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// moneyWords are the words that may end a figure: "£45.1 billion", "2
// million pounds".
var moneyWords = [...]string{"thousand", "million", "billion", "trillion", "pounds", "pound", "sterling", "euros", "dollars"}

// moneyWord reports whether t is one of moneyWords.
func moneyWord(t token) bool {
	if t.fig {
		return false
	}
	for _, w := range moneyWords {
		if t.s == w {
			return true
		}
	}
	return false
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// figureRune reports whether r, a character beyond ASCII, marks a word as
// a figure: a currency symbol or a digit.
func figureRune(r rune) bool {
	return r == '£' || r == '€' || r == '¥' || unicode.IsDigit(r)
}

// isClauseWord reports whether w ends the clause of a figure: "but",
// "while", "whereas", "although" or "though". A switch, which the compiler
// turns into a search by length, is quicker than a loop over a list for the
// words near every figure.
func isClauseWord(w string) bool {
	switch w {
	case "but", "while", "whereas", "although", "though":
		return true
	}
	return false
}

// changeVerb returns the first word of ts, the words before "to" or "by"
// and a figure, nearest first and up to another figure, that says a sum
// moved, and its index: "taking … to £4.3 billion", "gone up … to £115"
// (level set) or "increases … by £2.3 billion"; "" and -1 if none does.
// A year or a financial year between them is no other figure but the
// time of the move: "increase our overall settlement for 2025-26 by more
// than £1bn".
func changeVerb(ts []token, level bool) (string, int) {
	for i, t := range ts {
		if t.fig && yearSpan(t.s) {
			continue
		}
		if t.fig {
			return "", -1
		}
		switch t.s {
		case "up", "down", "rise", "rises", "rising", "rose", "risen", "increase", "increases", "increased",
			"increasing", "fall", "falls", "fell", "fallen", "falling", "grow", "grows", "grew", "grown",
			"growing", "cut", "cuts", "reduce", "reduces", "reduced", "reducing", "slash", "slashed", "slashing",
			"double", "doubled", "doubling", "treble", "trebled", "triple", "tripled", "halve", "halved":
			return t.s, i
		case "taking", "takes", "took", "bringing", "brings", "brought":
			if level {
				return t.s, i
			}
		case "boost", "boosts", "boosted", "boosting", "raise", "raises", "raised", "raising":
			if !level {
				return t.s, i
			}
		}
	}
	return "", -1
}

// changeNounIn returns the noun of change of ts, the words between "of"
// and a figure and those before them, nearest first, where "in" follows
// it and at most five words come between "in" and "of": "increase" of "an
// increase in support for local services of"; or "" if none does, or
// another figure comes first.
func changeNounIn(ts []token) string {
	for k := 0; k+1 < len(ts) && k <= 5; k++ {
		if ts[k].fig || ts[k+1].fig {
			return ""
		}
		if !is(ts[k], "in") {
			continue
		}
		switch w := ts[k+1].s; w {
		case "increase", "increases", "rise", "rises", "cut", "cuts", "reduction", "reductions", "fall", "drop",
			"decrease", "uplift":
			return w
		}
	}
	return ""
}

// sharer reports whether t, before "share of" and a figure, makes the
// figure the whole shared: "a share of", "receive share of", not
// "Bristol's share of".
func sharer(t token) bool {
	switch t.s {
	case "a", "receive", "receives", "received", "get", "gets", "got", "allocated", "given":
		return true
	}
	return false
}

// eachNoun reports whether t names payments of which there are many, so
// that "grants of £750" is the sum of each.
func eachNoun(t token) bool {
	switch t.s {
	case "grants", "payments", "awards", "bursaries":
		return true
	}
	return false
}

// named reports whether t, just before a sum, names it as one already
// known ("should welcome the £2m package"), which is not a sum asked for.
func named(t token) bool { return is(t, "the") || is(t, "this") || is(t, "that") }

// costObject reports whether ts, the words between a verb of rising or
// falling and "by" before a figure (nearest first), name what something
// costs: "the bill", "the cost", "costs", "the price".
func costObject(ts []token) bool {
	for _, t := range ts {
		switch t.s {
		case "bill", "bills", "cost", "costs", "price", "prices", "overspend":
			return true
		}
	}
	return false
}

// modal returns the first of "should", "ought" and "must" among ts, the
// words before a figure, nearest first, up to another figure or a word
// opening a clause of its own ("who", "which", "whether"); "" if none is
// there. In "should come clean on exactly who shall benefit from a £1.9m
// scheme" the modal asks for the telling, not for the money, which the
// clause after "who" names.
func modal(ts []token) string {
	for _, t := range ts {
		if t.fig {
			return ""
		}
		switch t.s {
		case "should", "ought", "must":
			return t.s
		case "who", "whom", "whose", "which", "whether", "where":
			return ""
		}
	}
	return ""
}

// extraCue reports whether cue, the words a change was read from, call the
// figure new money rather than a rise: "additional", "extra", "further".
func extraCue(cue string) bool {
	return cue == "additional" || cue == "extra" || cue == "further"
}

// levelWords are the words that, in the sentence of an extra sum, give
// the level it adds to or takes the spending to.
var levelWords = [...]string{
	"total", "totals", "bringing", "brings", "taking", "takes", "on top of", "up from", "in addition to",
}

// levelNear reports whether the sentence of low, the lower-case words
// around a figure at start to end, holds one of levelWords as words of
// their own, or "part of" after the figure: "an extra £2m, which is part
// of the £10m fund", not "part of an additional £74m cash pot".
func levelNear(low string, start, end int) bool {
	from, to := sentenceAround(low, start, end)
	if wordIn(low[end:to], "part of") {
		return true
	}
	for _, w := range levelWords {
		if wordIn(low[from:to], w) {
			return true
		}
	}
	return false
}

// totalBroughtBefore returns the words, a verb of totalVerbs and "the
// total" ("bring the total"), that in the sentence of low before offset
// at, a figure's start after "to", say a total is brought or taken to the
// figure, with no money between them ("This brings the total funding for
// the Rough Sleeping Initiative to over £547 million"); "" if there are
// none.
func totalBroughtBefore(low string, at int) string {
	from, _ := sentenceAround(low, at, at)
	head := low[from:at]
	i := strings.LastIndex(head, " the total")
	if i < 0 || strings.ContainsAny(head[i:], "£$€%") {
		return ""
	}
	v := lastWord(head[:i])
	if !slices.Contains(totalVerbs, v) {
		return ""
	}
	return v + " the total"
}

// alongWith returns "along with" or "together with" where they, and
// "the" or none, come straight before a figure, with before the words
// before it nearest first: "Along with £8.8m", "together with the £2m";
// "" if they do not.
func alongWith(before []token) string {
	k := 0
	if len(before) > 0 && is(before[0], "the") {
		k = 1
	}
	if len(before) > k+1 && is(before[k], "with") && (is(before[k+1], "along") || is(before[k+1], "together")) {
		return before[k+1].s + " with"
	}
	return ""
}

// totalBroughtAfter reports whether the sentence of quote after offset
// at, a figure's end, brings or takes "the total" to a sum of money: "…,
// this will bring the total … to £16.3million", which may be further on
// than read looks.
func totalBroughtAfter(quote string, at int) bool {
	_, to := sentenceAround(quote, at, at)
	tail := lowerASCII(quote[at:to])
	i := strings.Index(tail, " the total")
	if i < 0 || !slices.Contains(totalVerbs, lastWord(tail[:i])) {
		return false
	}
	rest := tail[i:]
	for _, c := range [...]string{" to £", " to $", " to €", " to over £", " to more than £", " to almost £", " to nearly £"} {
		if strings.Contains(rest, c) {
			return true
		}
	}
	return false
}

// givenIn returns the words that make a figure money given at a date
// gone by: after, the words after it nearest first, open on "in" and a
// year or a month and a year ("in May 2020", "in 2019"), and before, the
// words before it nearest first, hold within four words, with no other
// figure, a verb of giving in the past tense and no word of a time to
// come ("The Executive allocated my Department with £15.5m in May 2020";
// not "will be allocated £5m in 2026"); "" if they do not.
func givenIn(before, after []token) string {
	if len(after) < 2 || !is(after[0], "in") {
		return ""
	}
	when := after[1].s
	switch {
	case calendarYear(when) != 0:
	case monthOf(when) != 0 && len(after) > 2 && calendarYear(after[2].s) != 0:
		when += " " + after[2].s
	default:
		return ""
	}
	for i := 0; i < len(before) && i < 4; i++ {
		t := before[i]
		if t.fig {
			return ""
		}
		if !t.given || t.s == "given" || t.s == "put" {
			continue
		}
		for _, u := range before[i+1 : min(len(before), i+4)] {
			switch u.s {
			case "will", "would", "shall", "to", "be", "been", "being", "has", "have", "had", "is", "are":
				return ""
			}
		}
		return t.s + " … in " + when
	}
	return ""
}

// wordIn reports whether s holds w with no letter either side.
func wordIn(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !isLetter(s[k-1])) && (k+len(w) == len(s) || !isLetter(s[k+len(w)])) {
			return true
		}
		i = k + len(w)
	}
}

// sentenceAround returns the offsets of s from which and to which the
// sentence holding s[start:end] runs: after the last sentenceEnd before
// start, and up to the first at or after end (or the ends of s).
func sentenceAround(s string, start, end int) (from, to int) {
	from, to = start, end
	for from > 0 && !sentenceEnd(s, from-1) {
		from--
	}
	for to < len(s) && !sentenceEnd(s, to) {
		to++
	}
	return from, to
}

// sentenceEnd reports whether the byte at offset at of s ends a sentence:
// a full stop that is not between digits, or "!" or "?".
func sentenceEnd(s string, at int) bool {
	switch s[at] {
	case '!', '?':
		return true
	case '.':
		return !numberSep(s, at)
	}
	return false
}

// speech reports whether t is a word that opens reported speech: "said
// the £2m was", "that the £2m would".
func speech(t token) bool {
	switch t.s {
	case "said", "says", "say", "added", "warned", "insisted", "argued", "claimed", "that":
		return true
	}
	return false
}

// auxiliary reports whether t is a verb that, after a sum, makes the sum
// its subject: "the £2.4m would bolster", "the £4bn did not".
func auxiliary(t token) bool {
	switch t.s {
	case "is", "was", "will", "would", "did", "does", "has", "had", "can", "could", "should", "may", "might", "must":
		return true
	}
	return false
}

// timeClause reports whether t, after "at a time", opens a clause that
// says which time ("at a time when councils …", "at a time of cuts"), so
// that the words are no rate.
func timeClause(t token) bool {
	switch t.s {
	case "when", "of", "where", "that", "in":
		return true
	}
	return false
}

// timeWord reports whether t is a unit of time, as in "per year".
func timeWord(t token) bool {
	switch t.s {
	case "year", "annum", "month", "week", "day", "year's":
		return true
	}
	return false
}

// eachWord reports whether ts, the words after a figure, begin by saying
// the sum is for each of several: "per pupil", "each", "apiece", "a head",
// "a pupil", but not "per year" or "a year", nor "a" before a word that is
// a cue of its own. ts is not empty.
func eachWord(ts []token) bool {
	switch ts[0].s {
	case "per":
		return len(ts) > 1 && !ts[1].fig && !timeWord(ts[1])
	case "each", "apiece":
		return true
	case "a", "an":
		// "£430 a pupil", "a head"; not "a year", "a week"
		return len(ts) > 1 && !ts[1].fig && !timeWord(ts[1]) && !roleCueWord(ts[1])
	}
	return false
}

// roleCueWord reports whether t is a word by which a cue of a role is
// found, before or after a figure; a word of terms alone ("pupil" of "per
// pupil") is none.
func roleCueWord(t token) bool {
	set := cuesOf(t)
	return set != nil && (len(set.before) > 0 || len(set.after) > 0)
}

// partWord reports whether t, before an extra sum, makes the sum a part
// of the money rather than the whole announced: what a total comprises.
func partWord(t token) bool {
	switch t.s {
	case "comprises", "comprise", "comprising", "includes", "include", "including":
		return !t.fig
	}
	return false
}

// otherBefore reports whether before, the words before a figure nearest
// first, reach back to another figure whose own words after it give it
// another item's money: "nearly £12 million of reserves and" before
// "£3.2 million of that".
func otherBefore(before []token) bool {
	at := -1
	for i, t := range before {
		if t.fig {
			at = i
			break
		}
	}
	if at <= 0 {
		return false
	}
	var aw [window]token
	after := aw[:0]
	for i := at - 1; i >= 0; i-- {
		after = append(after, before[i])
	}
	role, _ := nearest(nil, after, 0)
	return role == RoleOther
}

// glossNouns are the nouns that, after "the", "this" or "that", name a
// sum a gloss restates: "the sum, equivalent to …".
var glossNouns = [...]string{"sum", "money", "package", "funding", "investment", "cash", "injection", "boost", "settlement", "pot"}

// glossOf returns the words that make the figure at start of low, the
// lower-case words around it, a gloss on the money named before it,
// "the sum, equivalent to" in "the sum, equivalent to roughly £3.5m a
// week"; "" if there are none. The gloss opens with "equivalent to" or
// "the equivalent of" straight before the figure, after a comma, a dash or
// a bracket that follows "the", "this" or "that" and one of glossNouns.
func glossOf(low string, start int) string {
	s, ok := glossHead(low, start)
	if !ok {
		return ""
	}
	for _, n := range glossNouns {
		if !strings.HasSuffix(s, n) {
			continue
		}
		rest := strings.TrimRight(s[:len(s)-len(n)], " ")
		if len(rest) == len(s)-len(n) {
			continue // "lump sum" is not "sum" alone
		}
		for _, det := range [...]string{"the", "this", "that"} {
			if strings.HasSuffix(rest, det) && (len(rest) == len(det) || !isLetter(rest[len(rest)-len(det)-1])) {
				return det + " " + n + ", equivalent to"
			}
		}
	}
	return ""
}

// glossHead returns the words of low, the lower-case words around a
// figure, before the gloss that ends at offset start ("the sum" of "the
// sum, equivalent to"), and whether there is one: "equivalent to" or "the
// equivalent of" straight before the figure, after a comma, a dash or a
// bracket. Most figures have no "to" or "of" before them, which is looked
// at first.
func glossHead(low string, start int) (string, bool) {
	s := strings.TrimRight(low[:start], " ")
	if len(s) == 0 || s[len(s)-1] != 'o' && s[len(s)-1] != 'f' {
		return "", false
	}
	switch {
	case strings.HasSuffix(s, "equivalent to"):
		s = s[:len(s)-len("equivalent to")]
	case strings.HasSuffix(s, "the equivalent of"):
		s = s[:len(s)-len("the equivalent of")]
	default:
		return "", false
	}
	s = strings.TrimRight(s, " ")
	switch {
	case strings.HasSuffix(s, ","), strings.HasSuffix(s, "("):
		s = s[:len(s)-1]
	case strings.HasSuffix(s, "–"), strings.HasSuffix(s, "—"):
		s = s[:len(s)-len("–")]
	default:
		return "", false
	}
	return strings.TrimRight(s, " "), true
}

// givenVerbs are the past participles of giving and spending that, after
// "has", "have" or "had", tell of money given before: "we have allocated
// £570 million since October".
var givenVerbs = [...]string{"spent", "distributed", "allocated", "invested", "given", "provided", "awarded", "paid", "committed", "handed", "delivered", "put", "released"}

// pastMarkers are the words that place money given in a time gone by.
var pastMarkers = [...]string{"so far", "already", "to date", "since", "over the last", "over the past", "in the last",
	"in the past", "in recent years", "over recent years", "previously"}

// pastTotal returns the words that make the figure at start to end of
// low, with before the words before it nearest first, money given before
// the announcement: one of givenVerbs among the three words before it
// (not past another figure), or a plain verb of giving after "helped"
// (helpedGive), with "has", "have" or "had" up to three words before the
// verb or "helped" ("has so far spent"), and one of pastMarkers in
// its sentence ("over the last three financial years", "since October");
// "" if they do not.
func pastTotal(before []token, low string, start, end int) string {
	verb, tense := -1, -1
	for i := 0; i < len(before) && i < 3 && verb < 0; i++ {
		if before[i].fig {
			return ""
		}
		if before[i].given {
			verb, tense = i, i
		} else if h := helpedGive(before, i); h >= 0 {
			verb, tense = i, h // "has already helped coordinate and distribute"
		}
	}
	if verb < 0 {
		return ""
	}
	perfect := false
	for i := tense + 1; i < len(before) && i <= tense+3 && !before[i].fig; i++ {
		switch w := before[i].s; w {
		case "has", "have", "had", "having":
			perfect = true
		default:
			perfect = perfect || strings.HasSuffix(w, "'ve") || strings.HasSuffix(w, "’ve")
		}
	}
	if !perfect {
		return ""
	}
	from, to := sentenceAround(low, start, end)
	for _, m := range pastMarkers {
		if wordIn(low[from:to], m) {
			return "has " + before[verb].s + " … " + m
		}
	}
	return ""
}

// receivedSince returns the words that make the figure at start of low
// money received before the announcement: "have received", "has
// received" or "had received" before it in its sentence, with "since"
// before the verb ("Since the bid was put together we have received …"),
// which places the money in a time gone by; "" if they do not. The other
// pastMarkers ("already", "so far") may say only that a share has been
// paid, and are left to pastTotal.
func receivedSince(low string, start int) string {
	// Most figures have no "received" before them at all: that is asked
	// of the text before the figure at once, before its sentence is found
	// a byte at a time.
	if !strings.Contains(low[:start], " received ") {
		return ""
	}
	from, _ := sentenceAround(low, start, start)
	head := low[from:start]
	at := strings.Index(head, " received ")
	if at < 0 {
		return ""
	}
	verb := ""
	for _, v := range [...]string{"have", "has", "had", "'ve", "’ve"} {
		if strings.HasSuffix(head[:at], v) {
			verb = v + " received"
			break
		}
	}
	if verb == "" {
		return ""
	}
	if wordIn(head[:at], "since") {
		return "since … " + verb
	}
	return ""
}

// supportedSince returns the words that make the figure at start to end
// of low, with before the words before it nearest first, money that
// backed work in a time gone by: "supported by", "backed by", "funded by"
// or "underpinned by" straight before it, and one of pastMarkers in its
// sentence ("since the end of last winter, supported by £50 million");
// "" if they do not.
func supportedSince(before []token, low string, start, end int) string {
	if len(before) < 2 || !is(before[0], "by") {
		return ""
	}
	switch before[1].s {
	case "supported", "backed", "funded", "underpinned":
	default:
		return ""
	}
	from, to := sentenceAround(low, start, end)
	for _, m := range pastMarkers {
		if wordIn(low[from:to], m) {
			return before[1].s + " by … " + m
		}
	}
	return ""
}

// pastTime returns the words after a figure, after, nearest first, that
// set it at a time gone by: "when" with a subject and a verb in the past
// tense within three words ("£80 when they took over", not "£2m when
// combined with" or "£5m when fully funded"), or "ago" after a word of time
// within four ("£2m five years ago"); "" if none do.
func pastTime(after []token) string {
	for j, t := range after {
		if t.fig || j > 4 {
			return ""
		}
		switch {
		case t.s == "when" && j <= 1:
			if j+1 < len(after) && strings.HasSuffix(after[j+1].s, "ly") {
				return "" // "when fully funded": no subject, no time
			}
			for k := j + 2; k < len(after) && k <= j+3 && !after[k].fig; k++ {
				if pastVerb(after[k].s) {
					return "when … " + after[k].s
				}
			}
			return ""
		case t.s == "ago" && j > 0 && (timeWord(after[j-1]) || strings.HasSuffix(after[j-1].s, "s") && timeWord(token{s: after[j-1].s[:len(after[j-1].s)-1]})):
			return "ago"
		}
	}
	return ""
}

// pastVerb reports whether w is a verb in the past tense: a common
// irregular one, or a word of four letters or more ending in "ed" that is
// not a common adjective in "-ed" ("needed" is a cue of its own).
func pastVerb(w string) bool {
	switch w {
	case "took", "came", "was", "were", "had", "began", "won", "left", "got", "became", "went", "did", "made", "set",
		"brought", "gave", "started", "launched", "opened", "introduced", "arrived", "joined", "elected":
		return true
	case "needed", "proposed", "planned", "expected", "required":
		return false
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed")
}

// spentBy returns the words that make a figure money spent by a date:
// after, the words after it nearest first, open on "by" and a date ("by
// the end of February", "by March", "by then"), and before, the words
// before it nearest first, within its clause, hold "spend", "spent" or
// "spending" and a verb in a past or perfect tense ("was", "had", "spent"),
// with no word of a time to come ("will", "would", "to", "expected"): "we
// will have spent £3m by March" and "the £5m to spend by 2026" are not.
// It returns "" if they do not.
func spentBy(before, after []token) string {
	if len(after) < 2 || !is(after[0], "by") || !dateAfterBy(after[1:]) {
		return ""
	}
	spend, past := "", false
	for _, t := range before {
		if t.fig {
			break
		}
		switch t.s {
		case "will", "would", "shall", "should", "could", "may", "might", "must", "to", "expected", "plans", "aims":
			return ""
		case "spent":
			spend, past = t.s, true
		case "spend", "spending":
			spend = t.s
		case "was", "were", "had", "has", "have":
			past = true
		}
	}
	if spend == "" || !past {
		return ""
	}
	return spend + " … by"
}

// dateAfterBy reports whether ts, the words after "by", name a date: a
// month, "the end of", "the start of", "the time", "then" or "now".
func dateAfterBy(ts []token) bool {
	switch ts[0].s {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "then", "now":
		return !ts[0].fig
	case "the":
		return len(ts) > 2 && (is(ts[1], "end") || is(ts[1], "start")) && is(ts[2], "of") || len(ts) > 1 && is(ts[1], "time")
	}
	return false
}

// partOfNouns are the nouns of a programme that, after "as part of",
// make the money before it one of the programme's parts.
var partOfNouns = [...]string{"fund", "funding", "grant", "grants", "package", "allocation", "settlement", "pot", "programme", "investment"}

// partOf reports whether after, the words after a figure nearest first,
// say the money is a part of a larger programme: "as part of" with a
// figure or one of partOfNouns after it ("£5m as part of the £100m
// fund", "as part of its grant funding"), or with its recipient before
// it ("£63million to Hounslow Council as part of its"). "£5m for roads
// as part of its plan" names no programme and no recipient.
func partOf(after []token) bool {
	for p := 0; p+2 < len(after); p++ {
		if after[p].fig {
			return false
		}
		if !is(after[p], "as") || !is(after[p+1], "part") || !is(after[p+2], "of") {
			continue
		}
		if p >= 2 && is(after[0], "to") {
			return true
		}
		for _, t := range after[p+3:] {
			if t.fig || slices.Contains(partOfNouns[:], t.s) {
				return true
			}
		}
		return false
	}
	return false
}

// eachReceives returns the words that make a figure what each of several
// receives: ts, the words before it nearest first, open within three
// words on a verb of receiving whose subject, within six words before
// the verb, is "each" or "every" and a noun ("each pupil will receive",
// "every council would get"), or "all" and a noun receiving "a" sum
// ("all drivers who previously received a £1500 grant",
// thenational-2021: one each), or "the majority of" them ("the vast
// majority of operators would receive significantly less than £10,000":
// each of most), not "each year"; "" if they do not. It
// reports too whether a word of the subject names people (personNoun).
func eachReceives(ts []token) (string, bool) {
	for k := 0; k < len(ts) && k < 3; k++ {
		if ts[k].fig {
			return "", false
		}
		if !receiveToken(ts[k]) {
			continue
		}
		person := false
		for i := k + 1; i < len(ts) && i <= k+6; i++ {
			if ts[i].fig {
				return "", false
			}
			if is(ts[i], "each") || is(ts[i], "every") || is(ts[i], "all") && (is(ts[0], "a") || is(ts[0], "an")) ||
				is(ts[i], "majority") && is(ts[i-1], "of") {
				if i == k+1 || timeWord(ts[i-1]) {
					return "", false
				}
				return ts[i].s + " … " + ts[k].s, person
			}
			person = person || personNoun(ts[i])
		}
		return "", false
	}
	return "", false
}

// namedBetween reports whether ts, the words before a figure nearest
// first, name it by a determiner or a possessive between "from" and it:
// "from the Government's one-off", "from a", not "from" alone.
func namedBetween(ts []token) bool {
	for j := 0; j < len(ts) && j < 5; j++ {
		if ts[j].fig || is(ts[j], "from") {
			return false
		}
		switch w := ts[j].s; {
		case w == "the" || w == "a" || w == "an" || w == "this" || w == "its" || w == "their",
			strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			return j+1 < len(ts) && slices.ContainsFunc(ts[j+1:min(len(ts), j+4)], func(t token) bool { return is(t, "from") })
		}
	}
	return false
}

// personNoun reports whether t names one person of many, so that money
// for each of them is per head: "pupil", "patient", "taxpayer".
func personNoun(t token) bool {
	switch t.s {
	case "pupil", "child", "student", "learner", "patient", "resident", "person", "adult", "taxpayer", "worker",
		"citizen", "pensioner", "claimant":
		return !t.fig
	}
	return false
}

// gappedAfter reports whether the figure at start of quote is the next
// item of a list whose verb is gapped, after the figure ending at prev:
// between them a comma, perhaps "and", and a name of at most four words,
// the first capitalised or "the" before a capitalised one ("£60.9
// million of the fund, Edinburgh £37.8 million", ", and the Tay Cities
// region £19.5"), with no other punctuation.
func gappedAfter(quote string, prev, start int) bool {
	if prev > start || start-prev > 60 {
		return false
	}
	between := quote[prev:start]
	k := strings.LastIndexByte(between, ',')
	if k < 0 {
		return false
	}
	words := strings.Fields(between[k+1:])
	if len(words) > 0 && words[0] == "and" {
		words = words[1:]
	}
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	for _, w := range words {
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' {
				return false
			}
		}
	}
	return true
}

// listedAsFollows reports whether the figure at sp of quote opens an item
// of a list that "as follows" and a colon introduce in its sentence:
// straight after the colon, or after a semicolon, a comma or "and" later
// in the list ("spent as follows: £5million on schools maintenance;
// £5million on special education and £5million to fund …").
func listedAsFollows(quote string, sp Span) bool {
	colon := strings.LastIndexByte(quote[:sp.Start], ':')
	if from, _ := sentenceAround(quote, sp.Start, sp.End); colon < from {
		return false // no colon, or one in an earlier sentence
	}
	lead := strings.TrimRight(quote[:colon], " ")
	if len(lead) < len("as follows") || !strings.EqualFold(lead[len(lead)-len("as follows"):], "as follows") {
		return false
	}
	before := strings.TrimRight(quote[colon+1:sp.Start], " ")
	return before == "" || strings.HasSuffix(before, ";") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, " and")
}

// pairedAfter reports whether the figure at start of quote follows the one
// ending at prev with only "and" or "or" between them: "£106,000 and
// £85,000".
func pairedAfter(quote string, prev, start int) bool {
	if prev > start || start-prev > 5 {
		return false
	}
	b := quote[prev:start]
	return b == " and " || b == " or "
}

// pairedRole reports whether the second of a pair of figures may take
// role r from the first: not the package, nor the levels before and after
// a change, each of which is one sum ("from £3m and £4m" is no pair of
// levels).
func pairedRole(r Role) bool {
	return r != RoleUnknown && r != RolePackage && r != RolePrevious && r != RoleLevel
}

// bracketedItem reports whether the figure at sp of quote stands alone in
// brackets straight after a word: "Rates Support (£2.1million)".
func bracketedItem(quote string, sp Span) bool {
	if sp.Start < 3 || sp.End >= len(quote) || quote[sp.Start-1] != '(' || quote[sp.End] != ')' || quote[sp.Start-2] != ' ' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(quote[:sp.Start-2])
	return unicode.IsLetter(r)
}

// bracketsListed reports whether the words between a bracketed figure
// ending at prev and the next, at start, are the next item of a list: the
// closing bracket, a comma or "and", and a name, with no full stop or
// other bracket: "), Smethwick (".
func bracketsListed(quote string, prev, start int) bool {
	if prev >= start || start-prev > 48 || quote[prev] != ')' {
		return false
	}
	between := quote[prev+1 : start-1]
	if strings.ContainsAny(between, ".;:()") {
		return false
	}
	between = strings.TrimSpace(between)
	return strings.HasPrefix(between, ",") || strings.HasPrefix(between, "and ")
}

// asideAfter reports whether the figure at start of quote opens an aside
// on the figure ending at prev: between them at most three words, a dash
// set off by spaces, and at most three words, with no other punctuation
// ("£5,150 - an extra £150", "£4,000 next year - up from £3,750").
func asideAfter(quote string, prev, start int) bool {
	if prev > start || start-prev > 60 {
		return false
	}
	between := quote[prev:start]
	dash := -1
	for _, d := range [...]string{" - ", " – ", " — "} {
		if k := strings.Index(between, d); k >= 0 {
			dash = k
			between = between[:k] + " " + between[k+len(d):]
			break
		}
	}
	if dash < 0 {
		return false
	}
	words := strings.Fields(between)
	left := len(strings.Fields(between[:dash]))
	if left > 3 || len(words)-left > 3 {
		return false
	}
	for _, w := range words {
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' {
				return false
			}
		}
	}
	return true
}

// fallingWords are the words of cues that make a change a fall in money:
// "cut by", "savings of", "£2m less", "£227 million off".
var fallingWords = [...]string{"cut", "cuts", "reduced", "reduce", "reduction", "reductions", "fall", "fell", "falls",
	"fallen", "falling", "savings", "lost", "lose", "losing", "decrease", "drop", "less", "lower", "down", "off",
	"slash", "slashed", "slashing", "halve", "halved"}

// falls reports whether the figure at sp of quote is a fall in money: a
// change (see FromQuote) that a cue of falling gives ("a cut of £2m", "£2m
// less", "cut a third - £227 million - off").
func falls(quote string, sp Span) bool {
	r := read(quote, sp)
	if r.role != RoleChange {
		return false
	}
	for w := range strings.FieldsSeq(r.roleCue) {
		if slices.Contains(fallingWords[:], w) {
			return true
		}
	}
	return false
}

// fractionWords name a proportion of a whole: "a third", "two-thirds",
// "half".
var fractionWords = [...]string{"half", "third", "thirds", "two-thirds", "quarter", "quarters", "three-quarters",
	"fifth", "fifths", "tenth", "tenths"}

// proportionAside reports whether the figure at low[start:end], lower
// case, is an aside between dashes or brackets straight after a
// proportion, which it states as money: "cut a third - £227 million - off
// our budget", "a quarter (£5m) of the fund". It returns where the
// proportion starts and where the aside ends, so that the figure is read
// by the words around both.
func proportionAside(low string, start, end int) (before, after int, ok bool) {
	head := strings.TrimRight(low[:start], " ")
	closer := ""
	switch {
	case strings.HasSuffix(head, "("):
		head, closer = head[:len(head)-1], ")"
	default:
		for _, d := range [...]string{" -", " –", " —"} {
			if strings.HasSuffix(head, d) {
				head, closer = head[:len(head)-len(d)+1], d[1:]
				break
			}
		}
	}
	if closer == "" {
		return 0, 0, false
	}
	tail := strings.TrimLeft(low[end:], " ")
	if !strings.HasPrefix(tail, closer) {
		return 0, 0, false
	}
	after = len(low) - len(tail) + len(closer)
	head = strings.TrimRight(head, " ")
	last := strings.LastIndexByte(head, ' ') + 1
	w := head[last:]
	switch {
	case slices.Contains(fractionWords[:], w):
		rest := strings.TrimRight(head[:last], " ")
		prev := strings.LastIndexByte(rest, ' ') + 1
		switch rest[prev:] {
		case "a", "one", "two", "three", "nine":
			last = prev
		}
	case len(w) > 1 && w[len(w)-1] == '%' && strings.Trim(w[:len(w)-1], "0123456789.") == "":
	default:
		return 0, 0, false
	}
	return last, after, true
}

// potAdjective returns 1 if the first of ts, the words before a figure
// nearest first, calls it new or extra money between "the" and it ("from
// the additional £1 billion"), else 0.
func potAdjective(ts []token) int {
	if len(ts) > 1 && is(ts[1], "the") && (extraCue(ts[0].s) || is(ts[0], "new")) {
		return 1
	}
	return 0
}

// cashNoun reports whether t names money drawn from a pot: "more cash
// from the £1 billion".
func cashNoun(t token) bool {
	switch t.s {
	case "cash", "money", "funding", "funds", "grants":
		return !t.fig
	}
	return false
}

// receiveToken reports whether t is a verb of receiving in its own right
// (not a participle of giving, receiveGiven), which before "from the" and
// a figure makes the figure the pot received from.
func receiveToken(t token) bool {
	f, ok := receiveForms[t.s]
	return ok && f&receiveGiven == 0 && !t.fig
}

// changeNouns name a change in money, which a gloss after them states:
// "a one per cent funding reduction, equivalent to almost £1.9 million".
var changeNouns = [...]string{"reduction", "cut", "increase", "rise", "drop", "fall", "decrease", "uplift"}

// changeGloss returns the words that make the figure at start of low, the
// lower-case words around it, a gloss stating in money a change named
// before it: "equivalent to" or "the equivalent of" straight before the
// figure, after a comma, a dash or a bracket that follows one of
// changeNouns ("reduction, equivalent to"); "" if there are none.
func changeGloss(low string, start int) string {
	s, ok := glossHead(low, start)
	if !ok {
		return ""
	}
	for _, n := range changeNouns {
		if strings.HasSuffix(s, n) && (len(s) == len(n) || !isLetter(s[len(s)-len(n)-1])) {
			return n + ", equivalent to"
		}
	}
	return ""
}

// cutsToMake returns the words that make a change of cuts or savings,
// with before and after the words either side of the figure nearest
// first, cuts still to find: "make" or "find" among the four words before
// the figure or before its cue ("need to make cuts worth £9m", "to make
// around £9m of cuts"), with "to" before it and a word of need or
// obligation among the three before that ("need", "required", "forced")
// or straight before it ("have to", "expected to", "due to"); "" if they
// do not, or if "had",
// "needed" or "already" comes first. "Councils have made £4m of cuts" and
// "has already had to make £160m of reductions" are changes made.
func cutsToMake(before, after []token) string {
	named := cutsNamedAfter(after) > 0
	for i := 0; i < len(before) && i < 4; i++ {
		if before[i].fig {
			return ""
		}
		named = named || cutsWord(before[i])
		if !(is(before[i], "make") || is(before[i], "find")) || !named {
			continue
		}
		if i+1 >= len(before) || !is(before[i+1], "to") {
			return ""
		}
		for j := i + 2; j < len(before) && j < i+5 && !before[j].fig; j++ {
			switch before[j].s {
			case "need", "needs", "require", "requires", "required", "force", "forces", "forced", "obliged":
				return before[j].s + " to " + before[i].s
			case "have", "has", "expected", "due":
				// "is expected to make a further £8 million in cuts":
				// cuts to come are still to find, as ones it has to make.
				if j == i+2 {
					return before[j].s + " to " + before[i].s
				}
			case "had", "already", "needed":
				return "" // "has already had to make £160m of reductions": made
			}
		}
		return ""
	}
	return ""
}

// cutsWord reports whether t names cuts or savings.
func cutsWord(t token) bool {
	return is(t, "cuts") || is(t, "savings") || is(t, "reductions") || is(t, "cut")
}

// cutsNamedAfter returns how many of the words after a figure, nearest
// first, name it cuts or savings: "of" or "in" and a word of cuts ("£9m of
// cuts", "£1m in savings"), or with one of moreWords between ("£1m in
// extra savings", "£2m of further cuts"); 0 if they do not.
func cutsNamedAfter(after []token) int {
	if len(after) < 2 || !(is(after[0], "of") || is(after[0], "in")) {
		return 0
	}
	if cutsWord(after[1]) {
		return 2
	}
	if len(after) > 2 && moreWord(after[1]) && cutsWord(after[2]) {
		return 3
	}
	return 0
}

// moreWord reports whether t adds to what came before: "extra",
// "further", "additional", "new".
func moreWord(t token) bool {
	return is(t, "extra") || is(t, "further") || is(t, "additional") || is(t, "new")
}

// cutsNeeded returns the words that make a figure named cuts or savings
// (see cutsNamedAfter) cuts still to find, with after the words after it
// nearest first: a word of need within the three words after the cuts'
// noun, past no other figure ("another £1m in savings would be needed",
// "£4m of cuts are required"); "" if they do not.
func cutsNeeded(after []token) string {
	n := cutsNamedAfter(after)
	if n == 0 {
		return ""
	}
	for _, t := range after[n:min(len(after), n+3)] {
		if t.fig {
			return ""
		}
		switch t.s {
		case "needed", "required", "necessary":
			return after[n-1].s + " … " + t.s
		}
	}
	return ""
}

// needToCover returns the words that make a figure money needed, with
// wide the words before it nearest first: "to cover" straight before it,
// or before "the" or a possessive determiner ("to cover the £11.8 billion
// cost", "to cover our £5m bill"), after a verb of needing within eight
// words, past another figure or not ("councils need more than 230 times
// that amount to cover the …"); "" if they do not. "gave £2m to cover the
// £5m cost" needs nothing, and is left to the cues.
func needToCover(wide []token) string {
	i := 0
	if len(wide) > 0 && (is(wide[0], "the") || ownerWord(wide[0])) {
		i = 1
	}
	if len(wide) < i+3 || !is(wide[i], "cover") || !is(wide[i+1], "to") {
		return ""
	}
	for _, t := range wide[i+2 : min(len(wide), i+10)] {
		switch t.s {
		case "need", "needs", "needed", "require", "requires", "required":
			return t.s + " … to cover"
		}
	}
	return ""
}

// nowTotal returns the words that make a figure, with before the words
// before it nearest first, the total that giving has now reached: one of
// givenVerbs straight before it, "now" before the verb and "has", "have"
// or a contracted "'ve" before that ("we've now released more than
// £100m", "the fund has now spent £4m"); "" if they do not.
func nowTotal(before []token) string {
	if len(before) < 3 || !before[0].given || !is(before[1], "now") || before[2].fig {
		return ""
	}
	switch w := before[2].s; {
	case w == "has", w == "have", strings.HasSuffix(w, "'ve"), strings.HasSuffix(w, "’ve"):
		return "now " + before[0].s
	}
	return ""
}
