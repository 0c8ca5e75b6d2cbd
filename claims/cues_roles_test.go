package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/google/go-cmp/cmp"
)

// TestFromQuotePastAndOther checks the roles read from words that place
// money in a time gone by, that gloss a sum named before, that raise
// money rather than give it, that spend or give it in the passive, and
// that take a part of another item's money, that spend money up to a
// date, that make money part of a larger programme, that offer money to
// bid for, that forecast a total, that receive from a pot and that a plan
// will see spent: on invented sentences, then on the real ones that motivated each
// rule (from claims/testdata/articles, whose README gives their sources),
// and on sentences where the rule must not fire.
func TestFromQuotePastAndOther(t *testing.T) {
	tests := []wordRolesCase{
		// Money given over a time gone by is a total of its own.
		{"The council has already spent £3m on agency staff.", []wordRole{{"£3m", claims.RoleOther}}},
		{"Since 2019 we have invested £40m in the city's parks.", []wordRole{{"£40m", claims.RoleOther}}},
		{"The fund has paid out nothing, but it has awarded £2m since March.", []wordRole{{"£2m", claims.RoleOther}}},
		{"the Scottish government has so far spent more than £4 billion tackling its effects.",
			[]wordRole{{"more than £4 billion", claims.RoleOther}}},
		{"we will continue to invest in our Islands Programme, which over the last three financial years, has distributed over £12 million to support of 61 projects",
			[]wordRole{{"over £12 million", claims.RoleOther}}},
		{"That is why we have allocated £570 million since October to helping businesses",
			[]wordRole{{"£570 million", claims.RoleOther}}},
		// Without a time gone by, or without a perfect tense, the verb
		// announces: the rule keeps out.
		{"The Levelling Up Fund has awarded £3m to support a new bus station", []wordRole{{"£3m", claims.RolePackage}}},
		{"The council has today committed £2m to the scheme", []wordRole{{"£2m", claims.RolePackage}}},
		{"Since then the council will spend £2m on roads", []wordRole{{"£2m", claims.RolePackage}}},
		// A level at a time gone by is the level before.
		{"A ticket cost £4 when the line opened.", []wordRole{{"£4", claims.RolePrevious}}},
		{"The grant was £500 five years ago.", []wordRole{{"£500", claims.RolePrevious}}},
		{"A permit cost £80 when they took over (in 2007).", []wordRole{{"£80", claims.RolePrevious}}},
		// What was being spent then is the level before; what is being
		// spent, the money now.
		{"When we took office just £40m a year was being spent on the county's roads.",
			[]wordRole{{"£40m a year", claims.RolePrevious}}},
		{"Back then about £3m were being invested in parks, and now it is twice that.",
			[]wordRole{{"about £3m", claims.RolePrevious}}},
		{"Some £40m a year is being spent on the county's roads.", []wordRole{{"Some £40m a year", claims.RolePackage}}},
		// The existing budget is the level a change is made to.
		{"They are raising the budget by £20m when the existing budget is £50m.",
			[]wordRole{{"£20m", claims.RoleChange}, {"£50m", claims.RolePrevious}}},
		{"The existing budget appears to be £7 million.", []wordRole{{"£7 million", claims.RolePrevious}}},
		{"It adds £2m to an existing budget of £9m.", []wordRole{{"£2m", claims.RoleUnknown}, {"£9m", claims.RolePrevious}}},
		{"it will cost £2m when combined with the new scheme", []wordRole{{"£2m", claims.RoleOther}}},
		{"the scheme will cost £5m when fully funded", []wordRole{{"£5m", claims.RoleOther}}},
		// What a body must spend to meet demand is a cost, no money given.
		{"We will have to spend over £300m next year to deal with demand", []wordRole{{"over £300m", claims.RoleOther}}},
		{"The council has to spend £4m on repairs", []wordRole{{"£4m", claims.RoleOther}}},
		{"A season ticket used to cost £300, and now it is £450.", []wordRole{{"£300", claims.RolePrevious}, {"£450", claims.RoleUnknown}}},
		// "from … to" with an adverb of degree before the level.
		{"Its grant has been cut from £8m to just £1m", []wordRole{{"£8m", claims.RolePrevious}, {"£1m", claims.RoleLevel}}},
		// What one now gets is the level now.
		{"The college used to get £9m from the state and now it gets £1m.", []wordRole{{"£9m", claims.RolePrevious}, {"£1m", claims.RoleLevel}}},
		// What one will now get is money to come, one's share.
		{"Leeds will now get £5m from the fund", []wordRole{{"£5m", claims.RoleShare}}},
		// So much more or less is a change, whatever the verb before.
		{"We now receive £700,000 less", []wordRole{{"£700,000", claims.RoleChange}}},
		{"Schools will get £5m more this year", []wordRole{{"£5m", claims.RoleChange}}},
		// What is wanted, sought or bid for is asked for.
		{"Councils wanted £2bn and got £450m", []wordRole{{"£2bn", claims.RoleNeeded}, {"£450m", claims.RoleShare}}},
		{"The trust is seeking £12m from the government", []wordRole{{"£12m", claims.RoleNeeded}}},
		{"The council put in a bid for £20m", []wordRole{{"£20m", claims.RoleNeeded}}},
		// What one is short-changed or underfunded by, one needs.
		{"Leeds has been short-changed by £5m, she said.", []wordRole{{"£5m", claims.RoleNeeded}}},
		{"The board is underfunded by £2m a year", []wordRole{{"£2m a year", claims.RoleNeeded}}},
		// Double quotation marks around the cue's words read as space.
		{"She said the town was being “short-changed” by £3m", []wordRole{{"£3m", claims.RoleNeeded}}},
		{`She said the town was being "short-changed" by £3m`, []wordRole{{"£3m", claims.RoleNeeded}}},
		// A gloss on the sum named before it restates that sum.
		{"The minister gave the money, equivalent to £40 per pupil, to schools", []wordRole{{"£40 per pupil", claims.RolePerUnit}}},
		{"They announced the package – equivalent to £2m a month – yesterday", []wordRole{{"£2m a month", claims.RolePackage}}},
		{"the sum, equivalent to roughly £3.5m a week, to be paid this year",
			[]wordRole{{"roughly £3.5m a week", claims.RolePackage}}},
		{"a lump sum, equivalent to £3m", []wordRole{{"£3m", claims.RoleUnknown}}},
		{"the target, equivalent to £3m", []wordRole{{"£3m", claims.RoleUnknown}}},
		// Money raised is income, not money given.
		{"The new levy will raise £200m a year", []wordRole{{"£200m a year", claims.RoleOther}}},
		{"The tax would bring in £1bn", []wordRole{{"£1bn", claims.RoleOther}}},
		{"he would raised an extra £7.5bn annually from the banks", []wordRole{{"£7.5bn annually", claims.RoleOther}}},
		{"the fee was raised by £5", []wordRole{{"£5", claims.RoleChange}}},
		// Money a fund leverages is others' money it draws in, not its own.
		{"The grant has leveraged a further £4.2 million from housing associations.",
			[]wordRole{{"£4.2 million", claims.RoleOther}}},
		{"Our £1m will lever in £2m of private money", []wordRole{{"£1m", claims.RoleUnknown}, {"£2m", claims.RoleOther}}},
		// Money spent or given in the passive is the money the sentence
		// is about; money still needed is needed.
		{"£2m has been allocated to the scheme", []wordRole{{"£2m", claims.RolePackage}}},
		{"Around £5m is being made available to councils", []wordRole{{"Around £5m", claims.RolePackage}}},
		{"MORE than £4 billion has been spent on measures to combat the coronavirus pandemic",
			[]wordRole{{"MORE than £4 billion", claims.RolePackage}}},
		{"£2m has been given to charities", []wordRole{{"£2m", claims.RolePackage}}},
		{"£5m will be awarded to the winning bids", []wordRole{{"£5m", claims.RolePackage}}},
		{"an initiative in which over £1billion is being given to local authorities across London",
			[]wordRole{{"over £1billion", claims.RolePackage}}},
		{"£3m will be needed next year", []wordRole{{"£3m", claims.RoleNeeded}}},
		{"£2m has been given back to the Treasury, and we need £3m", []wordRole{{"£2m", claims.RolePackage}, {"£3m", claims.RoleNeeded}}},
		// A part of another item's money is another item's money; a part
		// of the package is a share.
		{"We hold £5m in reserves and £1m of that is for repairs", []wordRole{{"£5m", claims.RoleOther}, {"£1m", claims.RoleOther}}},
		{"They’re using nearly £12 million of reserves and £3.2 million of that is being used to block holes in their budget.",
			[]wordRole{{"nearly £12 million", claims.RoleOther}, {"£3.2 million", claims.RoleOther}}},
		{"a £5m fund and £1m of that goes to schools", []wordRole{{"£5m", claims.RolePackage}, {"£1m", claims.RoleShare}}},
		// "as of this week" dates the money; it takes no part of another.
		{"It is thought £900m had been pledged as of this week", []wordRole{{"£900m", claims.RoleUnknown}}},
		{"£900m had been spent as of that date", []wordRole{{"£900m", claims.RoleUnknown}}},
		{"£900m is set aside and £50m of this goes to parks", []wordRole{{"£900m", claims.RoleUnknown}, {"£50m", claims.RoleShare}}},
		// Money spent up to a date is a total of its own; money to be
		// spent by a date is the package.
		{"The council had spent £3m by March on agency staff", []wordRole{{"£3m", claims.RoleOther}}},
		{"Total spending was £40m by the end of the year", []wordRole{{"£40m", claims.RoleOther}}},
		{"the total spend of the levelling-up fund was £392 million by the end of February, approximately 8% of the full amount",
			[]wordRole{{"£392 million", claims.RoleOther}}},
		{"We will spend £3m by March", []wordRole{{"£3m", claims.RolePackage}}},
		{"The council expected to have spent £3m by March", []wordRole{{"£3m", claims.RoleUnknown}}},
		{"The council spent £3m by cutting other budgets", []wordRole{{"£3m", claims.RoleUnknown}}},
		{"Councils received £5m by the end of March", []wordRole{{"£5m", claims.RoleShare}}},
		// Money given to a recipient, or said to be part of a named
		// programme, as part of something larger is a share of it.
		{"The government gave £2m as part of the £100m fund", []wordRole{{"£2m", claims.RoleShare}, {"£100m", claims.RolePackage}}},
		{"£5m will go to Leeds as part of its plan", []wordRole{{"£5m", claims.RoleShare}}},
		{"We are investing £4m as part of our grant funding for towns", []wordRole{{"£4m", claims.RoleShare}}},
		{"The Mayor of London’s announcement of allocating £63million to Hounslow Council as part of its ‘Building Council Homes for Londoners’ grant funding is great news for Hounslow.",
			[]wordRole{{"£63million", claims.RoleShare}}},
		{"We are investing £4m in roads as part of our plan", []wordRole{{"£4m", claims.RolePackage}}},
		{"As part of the deal, the council will invest £4m", []wordRole{{"£4m", claims.RolePackage}}},
		// A sum called a share is one; the sum after "share of a" or
		// "share of the" is the whole shared, whoever's the share.
		{"The borough welcomed the £2,046,120 share of a £90m pot for councils", []wordRole{{"£2,046,120", claims.RoleShare}, {"£90m", claims.RolePackage}}},
		{"Leeds says its share of the £12m is too small", []wordRole{{"£12m", claims.RolePackage}}},
		{"Our £3m share will not go far", []wordRole{{"£3m", claims.RoleShare}}},
		// A repair bill or damage put at a sum is money needed to make
		// good; money received for damage is not.
		{"The county council has put its repair bill at £12m", []wordRole{{"£12m", claims.RoleNeeded}}},
		{"Carlton is facing storm damage estimated at £4.5m", []wordRole{{"£4.5m", claims.RoleNeeded}}},
		{"The town received £2m for storm damage", []wordRole{{"£2m", claims.RoleShare}}},
		// What one is in line for is one's share, whatever the fund.
		{"Cardiff could be in line for £2m to £2.5m from the new fund", []wordRole{{"£2m to £2.5m", claims.RoleShare}}},
		// But a sum named as a whole ("in line for a £90m boost") is the
		// money's own, whoever is in line for it.
		{"Councils are in line for a £90m boost", []wordRole{{"£90m", claims.RolePackage}}},
		// A list topped "with an allocation of" a sum: the recipient's share.
		{"Fife tops the list with an allocation of £4.3m", []wordRole{{"£4.3m", claims.RoleShare}}},
		// "than" comparing a proportion of the figure leaves the figure
		// the whole: the package.
		{"Plans to fund more than half of a planned £970m police funding boost", []wordRole{{"£970m", claims.RolePackage}}},
		{"It costs more than £5m", []wordRole{{"more than £5m", claims.RoleOther}}},
		// Money removed is a cut; savings still to find are needed, not
		// the level "from" six words back would make them.
		{"removing £84m from policing in Lancashire with a further £18m still to find", []wordRole{{"£84m", claims.RoleChange}, {"£18m", claims.RoleNeeded}}},
		// So is money cut from a budget, a verb of cutting straight
		// before it (theoldhamtimes-2019); "cut to" gives the level.
		{"here in Oldham where the government has cut £208 million from the council alone since 2010",
			[]wordRole{{"£208 million", claims.RoleChange}}},
		{"Ministers are cutting £3m from the fund", []wordRole{{"£3m", claims.RoleChange}}},
		{"Funding was cut to £4m", []wordRole{{"£4m", claims.RoleLevel}}},
		// Money on offer to bid for is a fund's; a bid made is asked for.
		{"Charities will have the opportunity to bid for £2m from the lottery", []wordRole{{"£2m", claims.RoleOther}}},
		{"having the opportunity of bidding for an additional £750,000 of government funds to enhance our busy Planning Department",
			[]wordRole{{"£750,000", claims.RoleOther}}},
		{"The council is bidding for £20m", []wordRole{{"£20m", claims.RoleNeeded}}},
		// A fund one is given access to, named as known, is that fund's
		// money; access to a sum alone has the role its other words give
		// (a share one gets).
		{"Towns will also have access to the £30m high streets fund", []wordRole{{"£30m", claims.RoleOther}}},
		{"Towns will get access to £30m", []wordRole{{"£30m", claims.RoleShare}}},
		// A forecast total is not the money announced.
		{"Spending on the scheme is expected to total £40m this year", []wordRole{{"£40m", claims.RoleOther}}},
		{"funding from Westminster to the devolved administrations – expected to total £8.6 billion for Scotland this financial year",
			[]wordRole{{"£8.6 billion", claims.RoleOther}}},
		{"The total is £40m for schools", []wordRole{{"£40m", claims.RolePackage}}},
		// The pot received from is the whole; money a plan will see spent
		// is the money it brings about.
		{"Schools will get money from the £50m announced today", []wordRole{{"£50m", claims.RolePackage}}},
		{"Councils will this week learn how much they will receive from the £183.5 million the government has made available",
			[]wordRole{{"£183.5 million", claims.RolePackage}}},
		{"Fares rose from £2 to £3", []wordRole{{"£2", claims.RolePrevious}, {"£3", claims.RoleLevel}}},
		{"The grant fell from the £5m it used to be", []wordRole{{"£5m", claims.RolePrevious}}},
		{"The plan will see £5m invested in parks", []wordRole{{"£5m", claims.RolePackage}}},
		{"the Housing Delivery Plan 2022-26 will see almost £1bn invested into building new Council homes",
			[]wordRole{{"almost £1bn", claims.RolePackage}}},
		{"We will see £5m more next year", []wordRole{{"£5m", claims.RoleChange}}},
		{"I saw £5m invested in parks", []wordRole{{"£5m", claims.RoleUnknown}}},
	}
	checkWordRoles(t, tests)
}

// TestFromQuoteReductionsAndFaced checks that reductions made, or named
// after their figure, are a change and money a body faces is still to find (the corpus README's
// "savings made ... are role change, savings still to find role
// needed"), that so is a cost a need is to cover, and that a nearer cue
// keeps its role, as a bill, a cost, does: invented sentences, and real
// ones.
func TestFromQuoteReductionsAndFaced(t *testing.T) {
	tests := []rolesCase{
		{"The trust has already made £4m of reductions and it faces another £3m next year.",
			[]claims.Role{claims.RoleChange, claims.RoleNeeded}},
		{"Hospitals have found £12m in reductions since April", []claims.Role{claims.RoleChange}},
		{"The town faces £7m of reductions", []claims.Role{claims.RoleNeeded}},
		{"The college faces a cost of £2m", []claims.Role{claims.RoleOther}},
		{"The council faces a £2m bill for repairs", []claims.Role{claims.RoleOther}},
		{"Councils face cuts of £20m", []claims.Role{claims.RoleChange}},
		{"Facing the facts, the council gave £5m to parks", []claims.Role{claims.RolePackage}},
		// A reduction named after its figure is a change, as a cut is
		// (standard-2009: "with another £600 million reduction from
		// 2012").
		{"The grant will fall by £2m next year, with another £5m reduction from 2027.",
			[]claims.Role{claims.RoleChange, claims.RoleChange}},
		{"The board faces a £3m reduction in its budget.", []claims.Role{claims.RoleChange}},
		{"Parks will see £400,000 reductions over two years.", []claims.Role{claims.RoleChange}},
		{"a £1m decrease in the roads budget", []claims.Role{claims.RoleChange}},
		{"The £2m will fund a reduction in waiting times.", []claims.Role{claims.RolePackage}},
		// Money faced by a body, nearer than a cost before it, is needed
		// (eveningexpress-2016).
		{"it would not even cover the cost of the £69 million faced by the average authority", []claims.Role{claims.RoleNeeded}},
		{"The £3m faced by schools is large.", []claims.Role{claims.RoleNeeded}},
		// The cost a need is to cover is needed; the cost money given
		// covers is not.
		{"While £50 million is a step in the right direction, councils need more than 230 times that amount to cover the £11.8 billion cost to bring our roads up to scratch.",
			[]claims.Role{claims.RoleUnknown, claims.RoleNeeded}},
		{"Schools need more money to cover the £4m cost of repairs.", []claims.Role{claims.RoleNeeded}},
		{"The council gave £2m to cover the £5m repair bill.", []claims.Role{claims.RolePackage, claims.RoleOther}},
	}
	checkRoles(t, tests)
}

// TestFromQuoteGlossesCutsAndReleases checks the roles read from a gloss
// stating a change in money, from cuts or savings still to make, from money
// released, attracted from others, left over or carried forward, from
// the total giving has now reached, from a sum more or less than another,
// from a total stated or brought to a sum, and from money given at a date
// gone by: invented sentences and real ones, with ones where each rule
// must not fire.
func TestFromQuoteGlossesCutsAndReleases(t *testing.T) {
	tests := []rolesCase{
		// A gloss after a noun of change states the change.
		{"The settlement means a two per cent reduction, equivalent to £6m.", []claims.Role{claims.RoleChange}},
		{"Parking fees will see a 5% rise (equivalent to £40) in April", []claims.Role{claims.RoleChange}},
		{"Her pension, equivalent to £60,000, was paid monthly", []claims.Role{claims.RoleUnknown}},
		// Cuts or savings still to make are still to find; ones made are a
		// change.
		{"The county will have to make cuts of £12m next year.", []claims.Role{claims.RoleNeeded}},
		{"Schools are required to find £2m of savings", []claims.Role{claims.RoleNeeded}},
		{"The budget will force the board to make around £4m of cuts", []claims.Role{claims.RoleNeeded}},
		{"The trust has had to make £3m of cuts", []claims.Role{claims.RoleChange}},
		{"The council made cuts worth £5m", []claims.Role{claims.RoleChange}},
		{"The council needed to make cuts worth £5m", []claims.Role{claims.RoleChange}},
		{"The trust says it will have to make £2m in extra savings next year", []claims.Role{claims.RoleNeeded}},
		{"The board will need to find £3m of further cuts", []claims.Role{claims.RoleNeeded}},
		{"The review found another £4m in savings would be needed by 2027", []claims.Role{claims.RoleNeeded}},
		{"She said £6m of cuts are required to balance the books", []claims.Role{claims.RoleNeeded}},
		{"The council has made £2m in extra savings this year", []claims.Role{claims.RoleChange}},
		{"The £5m in savings went back into care", []claims.Role{claims.RoleChange}},
		// Money released is given; released so far, now, is the total.
		{"The board agreed to release £4m for new buses.", []claims.Role{claims.RolePackage}},
		{"The trust has now released £20m from the fund", []claims.Role{claims.RoleLevel}},
		{"The trust has released £20m from the fund", []claims.Role{claims.RolePackage}},
		// Money attracted from others, left over or carried forward is
		// another item's.
		{"The scheme has attracted £3m from private investors", []claims.Role{claims.RoleOther}},
		{"The board shared out its grants, leaving £1m for next year", []claims.Role{claims.RoleOther}},
		{"Another £2m will be carried forward to next year", []claims.Role{claims.RoleOther}},
		{"Bristol's grant sees a drop of £3m", []claims.Role{claims.RoleChange}},
		// A sum more or less than something else is a difference between
		// other sums; than the same sum at another time, a change.
		{"Visitors spend £4m more in the town than they cost it", []claims.Role{claims.RoleOther}},
		{"Leeds will get £2m less than Bradford", []claims.Role{claims.RoleOther}},
		{"Leeds will get £2m more than last year", []claims.Role{claims.RoleChange}},
		{"The trust gets £2m more than was promised", []claims.Role{claims.RoleChange}},
		{"Leeds will get £2m more than planned", []claims.Role{claims.RoleChange}},
		// A need put at a sum, its verb left out after the first.
		{"Analysts put the deficit at £9m, and the gap in Northby at £2m", []claims.Role{claims.RoleNeeded, claims.RoleNeeded}},
		{"The ceremony in Northby at £2m a ticket", []claims.Role{claims.RolePerUnit}},
		// A total stated as the subject's is the package's.
		{"The parks fund total is £6m, for play areas and paths", []claims.Role{claims.RolePackage}},
		// The level a total is brought to, past a year; the sum "along
		// with" which it is brought there, the level before; without a
		// total brought to a sum, "along with" gives no level
		// (dfcni-2021).
		{"Along with £8.8m awarded in Phase 1 of the Covid-19 Charities Fund, this will bring the total disbursed by my Department to support charities during 2020/2021 to £16.3million.",
			[]claims.Role{claims.RolePrevious, claims.RoleLevel}},
		{"Together with the £2m given last year, this takes the total to £5m.", []claims.Role{claims.RolePrevious, claims.RoleLevel}},
		{"This will bring the total spent on roads since 2019 to £40m.", []claims.Role{claims.RoleLevel}},
		{"Along with £2m for parks, the council will spend £3m on roads.", []claims.Role{claims.RolePackage, claims.RolePackage}},
		// Money given at a date gone by is a total of its own; to be given
		// at a date, or given since, it is not (dfcni-2021).
		{"The Executive allocated my Department with £15.5m in May 2020 and I secured additional funding.", []claims.Role{claims.RoleOther}},
		{"We awarded £3m in 2019 and £4m this year.", []claims.Role{claims.RoleOther, claims.RoleUnknown}},
		{"The council will be allocated £5m in 2026.", []claims.Role{claims.RoleUnknown}},
	}
	checkRoles(t, tests)
}

// wordRolesCase is a quote and the figures FromQuote should read in it, in
// order, each as its words and its role.
type wordRolesCase struct {
	quote string
	want  []wordRole
}

// wordRole is a figure's words in a quote and the role FromQuote should
// give it.
type wordRole struct {
	words string
	role  claims.Role
}

// checkWordRoles runs FromQuote on each case's quote and compares the
// words and role of each figure it reads with the case's.
func checkWordRoles(t *testing.T, tests []wordRolesCase) {
	t.Helper()
	for _, tt := range tests {
		got := claims.FromQuote(tt.quote)
		if len(got) != len(tt.want) {
			t.Errorf("FromQuote(%q) = %d figures, want %d", tt.quote, len(got), len(tt.want))
			continue
		}
		for i, w := range tt.want {
			words := tt.quote[got[i].Span.Start:got[i].Span.End]
			if words != w.words || got[i].Role != w.role {
				t.Errorf("FromQuote(%q)[%d] = %q, %v; want %q, %v", tt.quote, i, words, got[i].Role, w.words, w.role)
			}
		}
	}
}

// rolesCase is a quote and the roles FromQuote should read in it, in order.
type rolesCase struct {
	quote string
	want  []claims.Role
}

// checkRoles runs FromQuote on each case's quote and compares the roles of
// the figures it reads with the case's.
func checkRoles(t *testing.T, tests []rolesCase) {
	t.Helper()
	for _, tt := range tests {
		var got []claims.Role
		for _, sa := range claims.FromQuote(tt.quote) {
			got = append(got, sa.Role)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FromQuote(%q) roles = %v, want %v (-want +got):\n%s", tt.quote, got, tt.want, diff)
		}
	}
}

// TestFromQuoteShortByGapAndSince checks the roles read from money a body
// is "short by", from a gap named after its figure with "from" before it,
// and from a sum given "since" a year or a month: invented sentences, with
// ones where each rule must not fire.
func TestFromQuoteShortByGapAndSince(t *testing.T) {
	checkRoles(t, []rolesCase{
		// What a body is left short by is what it lacks.
		{"Schools are being left short by £40m.", []claims.Role{claims.RoleNeeded}},
		{"The county is still short by £3 million this year.", []claims.Role{claims.RoleNeeded}},
		// A gap the figure qualifies is money lacking, though "from" comes
		// before it; without the noun, "from" gives the level before.
		{"The grant will be taken from the £12m budget gap the trust faces.", []claims.Role{claims.RoleNeeded}},
		{"It will come from the £8m budget deficit.", []claims.Role{claims.RoleNeeded}},
		{"Funding rose this year, up from £12m.", []claims.Role{claims.RolePrevious}},
		// A total since a year or a month is a total of its own; "since"
		// before another word is not a date.
		{"The scheme – worth more than £6m since 2015 – has helped hundreds.", []claims.Role{claims.RoleOther}},
		{"Money from the fund – totalling £900,000 since April – has reached 40 clubs.", []claims.Role{claims.RoleOther}},
		{"The council will invest £6m in parks.", []claims.Role{claims.RolePackage}},
	})
}

// TestFromQuoteChangeNounInOf checks that the sum after a noun of change
// with what it is in between ("a potential increase in services of more
// than £400 million", scotgov-2017) is the change, as "an increase of"
// is, whatever verb gives it; and that the rule keeps out where no such
// noun comes before "in", or another figure comes between: invented
// sentences.
func TestFromQuoteChangeNounInOf(t *testing.T) {
	checkRoles(t, []rolesCase{
		{"The minister is providing a potential increase in services of more than £40 million.", []claims.Role{claims.RoleChange}},
		{"Councils face a cut in grants to councils of £2bn.", []claims.Role{claims.RoleChange}},
		{"The council announced a rise in spending on roads of £2m.", []claims.Role{claims.RoleChange}},
		{"The board will give a reduction in fees for students of £500.", []claims.Role{claims.RoleChange}},
		{"The council will provide schools in the city of Leeds £2m.", []claims.Role{claims.RolePackage}},
		{"The council is providing investment in roads and bridges of £2m.", []claims.Role{claims.RolePackage}},
	})
}
