package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// A speakerView is what TestQuotationSpeakers checks of a quoted.
type speakerView struct {
	Quote   string
	Speaker funding.Person
	Said    string
	Sure    Confidence
}

// speakerViews returns the speakerViews of article's quotations, checking
// each one's spans (quotedViews).
func speakerViews(t *testing.T, article string) []speakerView {
	t.Helper()
	return quotedViews(t, article, func(q quoted) speakerView {
		return speakerView{q.claim.Quote, q.claim.Speaker, article[q.speaker.Start:q.speaker.End], q.sure}
	})
}

// TestQuotationSpeakers checks each pattern of UK news attribution: who
// is taken to speak, the words naming them, and how sure that is.
func TestQuotationSpeakers(t *testing.T) {
	jane := funding.Person{Name: "Jane Smith"}
	tests := []struct {
		name, article string
		want          []speakerView
	}{
		{"X said:", `Jane Smith said: "It is welcome news."`,
			[]speakerView{{"It is welcome news.", jane, "Jane Smith", Explicit}}},
		{"said X, with an apposition", `"It is welcome news," said Sir John Doe, leader of the council.`,
			[]speakerView{{"It is welcome news", funding.Person{Name: "Sir John Doe", Role: "leader of the council"}, "Sir John Doe", Explicit}}},
		{"X said after the quote", `"It is welcome news", Jane Smith said.`,
			[]speakerView{{"It is welcome news", jane, "Jane Smith", Explicit}}},
		{"apposition and a verb other than said", `Susan Hall, leader of the Conservative Group in the London Assembly, called the funds "too little, too late".`,
			[]speakerView{{"too little, too late", funding.Person{Name: "Susan Hall", Role: "leader of the Conservative Group in the London Assembly", Party: "Conservative"}, "Susan Hall", Explicit}}},
		{"role before the name", `London's victims' commissioner Claire Waxman said the funding put "victims and survivors first".`,
			[]speakerView{{"victims and survivors first", funding.Person{Name: "Claire Waxman", Role: "London's victims' commissioner"}, "Claire Waxman", Explicit}}},
		{"role set off before the name", `The Mayor of London, Sadiq Khan, said: “It matters to every victim.”`,
			[]speakerView{{"It matters to every victim.", funding.Person{Name: "Sadiq Khan", Role: "Mayor of London"}, "Sadiq Khan", Explicit}}},
		{"a rank is no part of the name, an organisation's post its role", `Commander Clair Kelland, the Met's public protection lead, said it had "significantly strengthened" its work.`,
			[]speakerView{{"significantly strengthened", funding.Person{Name: "Clair Kelland", Role: "public protection lead", Org: "Metropolitan Police Service"}, "Commander Clair Kelland", Explicit}}},
		{"role and organisation after the name", `Hong Tan, Head of Health in the Justice System, NHS England (London) said:“It’s vital that we act.”`,
			[]speakerView{{"It’s vital that we act.", funding.Person{Name: "Hong Tan", Role: "Head of Health in the Justice System", Org: "NHS England (London)"}, "Hong Tan", Explicit}}},
		{"the fullest form of a name, and party from a later apposition",
			"Mayor of London Sir Sadiq Khan spoke first.\nSir Sadiq said: \"We will act.\"\nHall, leader of the Conservatives, said it was \"little more than a stunt\".\nSusan Hall is an assembly member.",
			[]speakerView{
				{"We will act.", funding.Person{Name: "Sir Sadiq Khan"}, "Sir Sadiq", Explicit},
				{"little more than a stunt", funding.Person{Name: "Susan Hall", Role: "leader of the Conservatives", Party: "Conservative"}, "Hall", Explicit},
			}},
		{"she said, resolved by gender past a man named since",
			"Jane Smith, the council leader, said she was pleased.\nSir John Doe said: \"It is late.\"\n\"It is a good start,\" she said.",
			[]speakerView{
				{"It is late.", funding.Person{Name: "Sir John Doe"}, "Sir John Doe", Explicit},
				{"It is a good start", funding.Person{Name: "Jane Smith", Role: "council leader"}, "she", Inferred},
			}},
		{"he said, to the last speaker named", "Sir John Doe spoke.\n\"It is a good start,\" he said.",
			[]speakerView{{"It is a good start", funding.Person{Name: "Sir John Doe"}, "he", Guessed}}},
		{"which he described as, a relative clause whose subject is a pronoun",
			"Sir John Doe spoke.\nThe council has opened a new depot, which he described as the \"best in the county\".",
			[]speakerView{{"best in the county", funding.Person{Name: "Sir John Doe"}, "he", Guessed}}},
		{"which she called",
			"Jane Smith spoke.\nThe trust has a new plan, which she called a \"fresh start for patients\".",
			[]speakerView{{"fresh start for patients", jane, "she", Guessed}}},
		{"a quotation continued into the next paragraph", "Jane Smith said: \"It is a start.\n\"It is not enough.\"",
			[]speakerView{{"It is a start.", jane, "Jane Smith", Explicit}, {"It is not enough.", jane, "Jane Smith", Inferred}}},
		{"a quotation in the paragraph after another's", "\"It is a start,\" Jane Smith said.\n\"It is not the end.\"",
			[]speakerView{{"It is a start", jane, "Jane Smith", Explicit}, {"It is not the end.", jane, "Jane Smith", Guessed}}},
		{"X said: ending a paragraph", "Jane Smith said:\n\"We are delighted by the news.\"",
			[]speakerView{{"We are delighted by the news.", jane, "Jane Smith", Explicit}}},
		{"unmarked speech after X said:, while it speaks in the first person",
			"Prime Minister Boris Johnson said:\n\nWe continue to deliver on our promise.\n\nI am determined to go further.\n\nThe funding starts in May.",
			[]speakerView{
				{"We continue to deliver on our promise.", funding.Person{Name: "Boris Johnson", Role: "Prime Minister"}, "Boris Johnson", Explicit},
				{"I am determined to go further.", funding.Person{Name: "Boris Johnson", Role: "Prime Minister"}, "Boris Johnson", Inferred},
			}},
		{"an organisation speaking as one", `The mayor's office said the £2.4m would bolster support.`,
			[]speakerView{{"the £2.4m would bolster support", funding.Person{Org: "mayor's office"}, "The mayor's office", Explicit}}},
		{"an organisation, and when it spoke", `The council said on Monday that the £5m would help.`,
			[]speakerView{{"the £5m would help", funding.Person{Org: "council"}, "The council", Explicit}}},
		{"a body's name from its first capital", `The local Conservative administration said it would receive £3m.`,
			[]speakerView{{"it would receive £3m", funding.Person{Org: "Conservative administration"}, "The local Conservative administration", Explicit}}},
		{"a spokesperson for an organisation", `A spokesperson for the Department for Education said: "We are investing £5m."`,
			[]speakerView{{"We are investing £5m.", funding.Person{Org: "Department for Education"}, "A spokesperson for the Department for Education", Explicit}}},
		{"a post for a person named elsewhere", "Prime Minister Boris Johnson spoke.\nTrusts will share £300 million, the Prime Minister will confirm.",
			[]speakerView{{"Trusts will share £300 million, the Prime Minister will confirm.", funding.Person{Name: "Boris Johnson", Role: "Prime Minister"}, "Prime Minister", Inferred}}},
		{"a reported statement before the speaker", "But after reviewing 2,200 of them only about 1,200 remained in scope, Sir Mark Rowley told the London Assembly earlier this month.",
			[]speakerView{{"after reviewing 2,200 of them only about 1,200 remained in scope", funding.Person{Name: "Sir Mark Rowley"}, "Sir Mark Rowley", Explicit}}},
		{"a person's speech", "Jane Smith spoke first.\nSmith’s speech yesterday said the plan would cost £5m.",
			[]speakerView{{"the plan would cost £5m", jane, "Smith", Explicit}}},
		{"according to", "Councils will get £40m, according to the Treasury.",
			[]speakerView{{"Councils will get £40m", funding.Person{Org: "Treasury"}, "the Treasury", Explicit}}},
		{"according to, first", "According to the Treasury, councils will get £40m.",
			[]speakerView{{"councils will get £40m", funding.Person{Org: "Treasury"}, "the Treasury", Explicit}}},
		// A body's document as the source, its one word of its kind in
		// lower case, with or without a comma after it.
		{"according to a body's figures", "According to government figures, councils will get £40m.",
			[]speakerView{{"councils will get £40m", funding.Person{Org: "government"}, "government", Explicit}}},
		{"according to a body's figures with no comma", "According to Treasury figures councils will get £40m, less than they sought.",
			[]speakerView{{"councils will get £40m", funding.Person{Org: "Treasury"}, "Treasury", Explicit}}},
		{"a post in the lede for the person the body names", "Labour's plan is \"silent\" on Wales, Plaid Cymru's leader has claimed.\nAdam Price said: \"It is not enough.\"",
			[]speakerView{
				{"silent", funding.Person{Name: "Adam Price", Role: "leader"}, "leader", Guessed},
				{"It is not enough.", funding.Person{Name: "Adam Price", Role: "leader"}, "Adam Price", Explicit},
			}},
		{"a summary line of a press release is no statement", "Jane Smith spoke.\nToday the minister will confirm £5m for schools\nThe minister said the £5m would help.",
			[]speakerView{{"the £5m would help", funding.Person{Role: "minister"}, "minister", Guessed}}},
		{"set out by", "Labour would invest £9.5bn more under plans set out by shadow chancellor Alan Johnson yesterday.",
			[]speakerView{{"Labour would invest £9.5bn more under plans set out by shadow chancellor Alan Johnson yesterday.",
				funding.Person{Name: "Alan Johnson", Role: "shadow chancellor"}, "Alan Johnson", Explicit}}},
		{"money reported around a quotation", "Boris Johnson spoke.\nHe announced the sum, equivalent to £3.5m a week, claiming it was \"new money that was not there\".",
			[]speakerView{
				{"the sum, equivalent to £3.5m a week", funding.Person{Name: "Boris Johnson"}, "He", Guessed},
				{"new money that was not there", funding.Person{Name: "Boris Johnson"}, "He", Guessed},
			}},
		{"put forward", "Jane Smith put forward a plan for £20m of counselling services.",
			[]speakerView{{"Jane Smith put forward a plan for £20m of counselling services.", jane, "Jane Smith", Explicit}}},
		{"promised", "Jane Smith promised £5m for the town's parks.",
			[]speakerView{{"Jane Smith promised £5m for the town's parks.", jane, "Jane Smith", Explicit}}},
		{"pledged, after the name and its role", "Sir John Doe, the council leader, has pledged £2m to mend roads.",
			[]speakerView{{"Sir John Doe, the council leader, has pledged £2m to mend roads.", funding.Person{Name: "Sir John Doe", Role: "council leader"}, "Sir John Doe", Explicit}}},
		{"warned", "Jane Smith warned the £5m would not last the year.",
			[]speakerView{{"the £5m would not last the year", jane, "Jane Smith", Explicit}}},
		{"insisted", "Jane Smith insisted that the £5m was enough.",
			[]speakerView{{"the £5m was enough", jane, "Jane Smith", Explicit}}},
		{"argued, claimed, stated", "Jane Smith argued \"it is not enough\".\nSir John Doe claimed \"it is plenty\".\nJane Smith stated \"it is late\".",
			[]speakerView{
				{"it is not enough", jane, "Jane Smith", Explicit},
				{"it is plenty", funding.Person{Name: "Sir John Doe"}, "Sir John Doe", Explicit},
				{"it is late", jane, "Jane Smith", Explicit},
			}},
		{"added, explained, commented", "\"It is a start,\" Jane Smith added.\n\"It is late,\" Sir John Doe explained.\n\"It is welcome,\" commented Jane Smith.",
			[]speakerView{
				{"It is a start", jane, "Jane Smith", Explicit},
				{"It is late", funding.Person{Name: "Sir John Doe"}, "Sir John Doe", Explicit},
				{"It is welcome", jane, "Jane Smith", Explicit},
			}},
		{"wrote, tweeted", "Jane Smith wrote: \"We have won £5m.\"\nSir John Doe tweeted: \"A shameful sum for us all.\"",
			[]speakerView{
				{"We have won £5m.", jane, "Jane Smith", Explicit},
				{"A shameful sum for us all.", funding.Person{Name: "Sir John Doe"}, "Sir John Doe", Explicit},
			}},
		{"described by X as", `The funding was described by Jane Smith as "a drop in the ocean".`,
			[]speakerView{{"a drop in the ocean", jane, "Jane Smith", Explicit}}},
		{"a reported count in words", "Jane Smith said five schemes would share the money.",
			[]speakerView{{"five schemes would share the money", jane, "Jane Smith", Explicit}}},
		{"his claim that", "Sir John Doe spoke.\nHe is criticised for his claim that the £5m would fix every road.",
			[]speakerView{{"the £5m would fix every road", funding.Person{Name: "Sir John Doe"}, "his", Guessed}}},
		{"a claim that is no one's", "The claim that the £5m would fix every road is wrong.", nil},
		{"a passive verb names no speaker", `Sadiq Khan has been criticised for pledging a £512m boost.`, nil},
		{"a passive verb's agent speaks", `The plan was welcomed by Jane Smith MP as "a fine start".`,
			[]speakerView{{"a fine start", funding.Person{Name: "Jane Smith", Role: "MP"}, "Jane Smith", Explicit}}},
		{"speakers named by what they are, not who", `Critics called the plan "a sham from the start".`,
			[]speakerView{{"a sham from the start", funding.Person{}, "", ConfidenceUnknown}}},
		// pressandjournal-2015: "Politicians yesterday accused the
		// Scottish Government of ...": plural and unnamed, no one's
		// reported statement, as critics' is not.
		{"politicians and activists are named by what they are",
			"Politicians yesterday accused the council of hiding £3m of cuts.\nActivists said the £2m was too little.\nPoliticians called the plan \"a sham from the start\".",
			[]speakerView{{"a sham from the start", funding.Person{}, "", ConfidenceUnknown}}},
		{"officials of the one announcer", "Gloucestershire County Council has announced £2m for parks.\nCouncil bosses said the parks would reopen in May, with £1m in June.",
			[]speakerView{
				{"Gloucestershire County Council has announced £2m for parks.", funding.Person{Org: "Gloucestershire County Council"}, "Gloucestershire County Council", Explicit},
				{"the parks would reopen in May, with £1m in June", funding.Person{Org: "Gloucestershire County Council"}, "Council bosses", Guessed},
			}},
		{"ministers and the government of the one announcer",
			"The Scottish Government has announced £2m for parks.\nMinisters said the £2m would help.\nThe government said: \"It is a fine start for us all.\"",
			[]speakerView{
				{"The Scottish Government has announced £2m for parks.", funding.Person{Org: "Scottish Government"}, "The Scottish Government", Explicit},
				{"the £2m would help", funding.Person{Org: "Scottish Government"}, "Ministers", Guessed},
				{"It is a fine start for us all.", funding.Person{Org: "Scottish Government"}, "The government", Guessed},
			}},
		{"ministers of the one body reporting a finding, and their words in quotation marks",
			"More than £4bn has been spent on the crisis, Scottish Government figures have revealed.\nMinisters said the sum shows the \"scale and breadth\" of the response.",
			[]speakerView{
				{"More than £4bn has been spent on the crisis", funding.Person{Org: "Scottish Government"}, "Scottish Government figures", Explicit},
				{"scale and breadth", funding.Person{Org: "Scottish Government"}, "Ministers", Guessed},
			}},
		// thelondoneconomic-2016: "analysis by Labour has shown that …"
		// reports a finding, the body's, as "showed" and "shows" do.
		{"a finding that has been shown",
			"The government has announced £300m for councils.\nAnalysis by Labour has shown that over 80 per cent of the money will go to Tory councils.",
			[]speakerView{
				{"The government has announced £300m for councils.", funding.Person{Org: "government"}, "The government", Explicit},
				{"Analysis by Labour has shown that over 80 per cent of the money will go to Tory councils.", funding.Person{Org: "Labour"}, "Labour", Explicit},
			}},
		{"ministers when two bodies announce",
			"The Scottish Government has announced £2m for parks.\nThe Treasury has announced £5m for roads.\nMinisters said the £2m would help.\nMinisters said \"it is a fine start for us all\".",
			[]speakerView{
				{"The Scottish Government has announced £2m for parks.", funding.Person{Org: "Scottish Government"}, "The Scottish Government", Explicit},
				{"The Treasury has announced £5m for roads.", funding.Person{Org: "Treasury"}, "The Treasury", Explicit},
				{"it is a fine start for us all", funding.Person{}, "", ConfidenceUnknown},
			}},
		{"a council is not the government that announces",
			"The Scottish Government has announced £2m for parks.\nThe council said the £2m would help.\nCritics said \"it is a sham from the start\".",
			[]speakerView{
				{"The Scottish Government has announced £2m for parks.", funding.Person{Org: "Scottish Government"}, "The Scottish Government", Explicit},
				{"the £2m would help", funding.Person{Org: "council"}, "The council", Explicit},
				{"it is a sham from the start", funding.Person{}, "", ConfidenceUnknown},
			}},
		{"a quotation with no speaker", `The plan is "not what anyone wanted at all".`,
			[]speakerView{{"not what anyone wanted at all", funding.Person{}, "", ConfidenceUnknown}}},
		// A document or request is no person: the organisation whose it is
		// speaks, and an aside between dashes is no part of its name.
		{"an organisation's analysis, with words after the noun",
			`A Green Party analysis of council budgets found the cuts were £40 million.`,
			[]speakerView{{"the cuts were £40 million", funding.Person{Org: "Green Party"}, "Green Party", Explicit}}},
		{"a body's document, the noun right after the body",
			`The Treasury document said "it is a fine start for us".`,
			[]speakerView{{"it is a fine start for us", funding.Person{Org: "Treasury"}, "Treasury", Explicit}}},
		{"the article's own sentence, from jerseyeveningpost-2023",
			`A Labour freedom of information (FOI) request – seen by the PA news agency – suggested the total spend of the levelling-up fund was £392 million by the end of February.`,
			[]speakerView{{"the total spend of the levelling-up fund was £392 million by the end of February", funding.Person{Org: "Labour"}, "Labour", Explicit}}},
		// A spokesperson speaks for the body named before the word, even
		// where a comma in the body's name splits the words before the verb;
		// the quotation after it stays the body's, not the last person's.
		{"a spokesperson for a body whose name holds a comma",
			"Jane Smith said \"it is a shambles for us\".\nA Department for Roads, Rail and Ports spokesperson said \"these claims are wrong\".\n\"The fund will mend roads.\"",
			[]speakerView{
				{"it is a shambles for us", jane, "Jane Smith", Explicit},
				{"these claims are wrong", funding.Person{Org: "Department for Roads, Rail and Ports"}, "A Department for Roads, Rail and Ports spokesperson", Explicit},
				{"The fund will mend roads.", funding.Person{Org: "Department for Roads, Rail and Ports"}, "A Department for Roads, Rail and Ports spokesperson", Guessed},
			}},
		{"the article's own sentence, from jerseyeveningpost-2023",
			"Lisa Nandy said \"it is a shambles for us\".\nA Department for Levelling Up, Housing and Communities spokesperson said “these claims are completely misleading and wrong”.",
			[]speakerView{
				{"it is a shambles for us", funding.Person{Name: "Lisa Nandy"}, "Lisa Nandy", Explicit},
				{"these claims are completely misleading and wrong", funding.Person{Org: "Department for Levelling Up, Housing and Communities"}, "A Department for Levelling Up, Housing and Communities spokesperson", Explicit},
			}},
		// dft-2014: a reported statement of an office no one in the article
		// holds, before a speaker holding another, is the office's, not the
		// next speaker's nor a body's; one whose office the next speaker
		// holds, even abbreviated, is theirs.
		{"a reported statement of an office no one holds",
			"On top of this, the Chancellor of the Exchequer announced in the Budget that another £50 million will be provided for bridges.\n\nTransport Secretary Jane Smith said: “Bridges matter to every driver.”",
			[]speakerView{
				{"On top of this, the Chancellor of the Exchequer announced in the Budget that another £50 million will be provided for bridges.", funding.Person{Role: "Chancellor of the Exchequer"}, "Chancellor of the Exchequer", Guessed},
				{"Bridges matter to every driver.", funding.Person{Name: "Jane Smith", Role: "Transport Secretary"}, "Jane Smith", Explicit},
			}},
		{"a reported statement of the next speaker's office, abbreviated",
			"Last year the PM also confirmed that 20 bridges will receive a share of £50 million.\n\nPrime Minister Jane Smith said: “Bridges matter to every driver.”",
			[]speakerView{
				{"Last year the PM also confirmed that 20 bridges will receive a share of £50 million.", funding.Person{Name: "Jane Smith", Role: "Prime Minister"}, "PM", Guessed},
				{"Bridges matter to every driver.", funding.Person{Name: "Jane Smith", Role: "Prime Minister"}, "Jane Smith", Explicit},
			}},
		// bbc-2019: a clause before the name, with its own verb, is no post
		// of the speaker's.
		{"a clause before the name is no post",
			"The county's mayor has asked whether there will be new money after Jane Smith announced a £5m fund for ferries.",
			[]speakerView{
				{"The county's mayor has asked whether there will be new money after Jane Smith announced a £5m fund for ferries.", funding.Person{Name: "Jane Smith"}, "Jane Smith", Explicit},
			}},
		// thenational-2020: "The FM", the First Minister, after the one
		// just named, as "the PM" is, is theirs.
		{"the FM after the one just named",
			"Jane Smith outlined a plan which gives £5m to ferries.\n\nThe FM also said she was \"very proud\" of the islands.",
			[]speakerView{
				{"Jane Smith outlined a plan which gives £5m to ferries.", funding.Person{Name: "Jane Smith", Role: "FM"}, "Jane Smith", Explicit},
				{"very proud", funding.Person{Name: "Jane Smith", Role: "FM"}, "FM", Guessed},
			}},
		// A body's name ending with a list of capitalised words (mhclg-2020's
		// "the Department for Digital, Culture, Media and Sport") is one
		// speaker, not its last item; a list after a verb is no name.
		{"a body's name with commas",
			`The Department for Environment, Food and Rural Affairs said: "Our rivers need help."`,
			[]speakerView{{"Our rivers need help.", funding.Person{Org: "Department for Environment, Food and Rural Affairs"}, "The Department for Environment, Food and Rural Affairs", Explicit}}},
		{"a body's name with commas, reported",
			`To help the rivers, the Department for Environment, Food and Rural Affairs has also confirmed today £20 million will be used to restore them.`,
			[]speakerView{{"To help the rivers, the Department for Environment, Food and Rural Affairs has also confirmed today £20 million will be used to restore them.",
				funding.Person{Org: "Department for Environment, Food and Rural Affairs"}, "the Department for Environment, Food and Rural Affairs", Explicit}}},
		{"a list after a verb, then a name",
			`Speaking for Kent, Medway and Swale, Jane Smith said: "Our rivers need help."`,
			[]speakerView{{"Our rivers need help.", jane, "Jane Smith", Explicit}}},
		// A post given by its head noun alone is the one person whose post
		// has that head; with two such people, or a post whose head may be
		// qualified ("deputy leader of …"), it is no one's.
		{"a post by its head noun, the one person with it",
			"Tom Reid, leader of the Green Group at Ashby Council, called it \"a shambles\".\nAt the meeting, the opposition leader said: \"We were not told.\"",
			[]speakerView{{"a shambles", funding.Person{Name: "Tom Reid", Role: "leader of the Green Group at Ashby Council", Party: "Green"}, "Tom Reid", Explicit}, {"We were not told.", funding.Person{Name: "Tom Reid", Role: "leader of the Green Group at Ashby Council", Party: "Green"}, "opposition leader", Guessed}}},
		{"a post by its head noun, after the verb",
			"Jo Bell, leader of the Green Group at Ashby Council, called it \"a gimmick\".\n\"It is too late,\" said the Ashby Green leader.",
			[]speakerView{{"a gimmick", funding.Person{Name: "Jo Bell", Role: "leader of the Green Group at Ashby Council", Party: "Green"}, "Jo Bell", Explicit},
				{"It is too late", funding.Person{Name: "Jo Bell", Role: "leader of the Green Group at Ashby Council", Party: "Green"}, "Ashby Green leader", Guessed}}},
		{"a post after the verb that no one holds is no body",
			"\"We will cope,\" said the Ashby Council finance chief.",
			[]speakerView{{"We will cope", funding.Person{Role: "Ashby Council finance chief"}, "Ashby Council finance chief", Guessed}}},
		{"a post by its head noun, held at a body",
			"Jo Bell, leader at Ashby Green Party, called it \"a farce\".\nThe opposition leader said: \"We were not told.\"",
			[]speakerView{{"a farce", funding.Person{Name: "Jo Bell", Role: "leader at Ashby Green Party", Party: "Green"}, "Jo Bell", Explicit},
				{"We were not told.", funding.Person{Name: "Jo Bell", Role: "leader at Ashby Green Party", Party: "Green"}, "opposition leader", Guessed}}},
		{"a post by its head noun, two people with it",
			"Tom Reid, leader of the Green Group, called it \"a shambles\".\nAnn Lowe, Labour leader, called it \"a muddle\".\nThe opposition leader said: \"We were not told.\"",
			[]speakerView{{"a shambles", funding.Person{Name: "Tom Reid", Role: "leader of the Green Group", Party: "Green"}, "Tom Reid", Explicit},
				{"a muddle", funding.Person{Name: "Ann Lowe", Role: "Labour leader", Party: "Labour"}, "Ann Lowe", Explicit}, {"We were not told.", funding.Person{Role: "opposition leader"}, "opposition leader", Guessed}}},
		{"a post by its head noun, qualified",
			"Tom Reid, leader of the Green Group, called it \"a shambles\".\nThe deputy leader said: \"We were not told.\"",
			[]speakerView{{"a shambles", funding.Person{Name: "Tom Reid", Role: "leader of the Green Group", Party: "Green"}, "Tom Reid", Explicit},
				{"We were not told.", funding.Person{Role: "deputy leader"}, "deputy leader", Guessed}}},
		{"a post by its head noun, a qualified post",
			"Tom Reid, deputy leader of the council, called it \"a shambles\".\nThe opposition leader said: \"We were not told.\"",
			[]speakerView{{"a shambles", funding.Person{Name: "Tom Reid", Role: "deputy leader of the council"}, "Tom Reid", Explicit}, {"We were not told.", funding.Person{Role: "opposition leader"}, "opposition leader", Guessed}}},
		// A post held in a body ("on Ashby Council") is no body speaking:
		// its head is a person's post, here one the article gives by a
		// verb of opinion ("felt"); "hit out at" is a verb of speech.
		{"a post in a body, the one person with its head",
			"The opposition leader on Ashby Council has hit out at the plan and said schools had been left to \"fend for themselves\".\nAshby Green leader Jo Bell felt the plan was unfair.",
			[]speakerView{{"fend for themselves", funding.Person{Name: "Jo Bell", Role: "Ashby Green leader", Party: "Green"}, "opposition leader on Ashby Council", Guessed}}},
		{"a post in a body, another body's post with its head",
			"Ann Lowe, leader of the Green Group, called it \"a shambles\".\nThe leader of Ashby Council said: \"We were not told.\"",
			[]speakerView{{"a shambles", funding.Person{Name: "Ann Lowe", Role: "leader of the Green Group", Party: "Green"}, "Ann Lowe", Explicit},
				{"We were not told.", funding.Person{Role: "leader of Ashby Council"}, "leader of Ashby Council", Guessed}}},
		{"a post in a body, no one with it",
			"The finance chief at Ashby Council said: \"We will cope.\"",
			[]speakerView{{"We will cope.", funding.Person{Role: "finance chief at Ashby Council"}, "finance chief at Ashby Council", Guessed}}},
		// "The opposition" is the one party the article names besides
		// those the sentence opposes; with two, no one.
		{"the opposition, the one other party",
			"Labour's plan was published.\nThe opposition has accused the Conservatives of wasting £4m on consultants.",
			[]speakerView{{"the Conservatives of wasting £4m on consultants", funding.Person{Org: "Labour"}, "The opposition", Guessed}}},
		{"the opposition, two other parties",
			"Labour and the Greens spoke.\nThe opposition has accused the Conservatives of wasting £4m on consultants.", nil},
		// The object of "accused" is whom it accuses, never the speaker.
		{"accused, with no speaker before it",
			"Opposition councillors spoke and accused the Ashby Tory group: \"It is failing the town.\"",
			[]speakerView{{Quote: "It is failing the town."}}},
		// Verbs of criticism are verbs of speech; a participle after a
		// comma, or a verb after "and", has the subject of its clause.
		{"slammed", "Jo Bell slammed the £2m fund as \"an insult\".",
			[]speakerView{{"an insult", funding.Person{Name: "Jo Bell"}, "Jo Bell", Explicit}}},
		{"a participle after a comma", "Tom Reid hammered the plan, saying it was \"a disgrace\".",
			[]speakerView{{"a disgrace", funding.Person{Name: "Tom Reid"}, "Tom Reid", Explicit}}},
		{"a verb after and", "Ann Lowe hammered the plan and said it was \"shameful\".",
			[]speakerView{{"shameful", funding.Person{Name: "Ann Lowe"}, "Ann Lowe", Explicit}}},
		// A lede's post is the next person quoted by name, unless the
		// article gives them another post or a qualified one; a rank
		// such as "councillor" any of them may hold.
		{"a lede's post, the next speaker a shadow",
			"The Chancellor has unveiled £2bn for schools.\nShadow education secretary Ben Cole said it was \"misleading\".",
			[]speakerView{{"The Chancellor has unveiled £2bn for schools.", funding.Person{Role: "Chancellor"}, "Chancellor", Guessed},
				{"misleading", funding.Person{Name: "Ben Cole", Role: "Shadow education secretary"}, "Ben Cole", Explicit}}},
		{"a lede's post, the next speaker another post",
			"The Chancellor has unveiled £2bn for schools.\nMary Bold, general secretary of the union, said it was \"a start\".",
			[]speakerView{{"The Chancellor has unveiled £2bn for schools.", funding.Person{Role: "Chancellor"}, "Chancellor", Guessed},
				{"a start", funding.Person{Name: "Mary Bold", Role: "general secretary of the union"}, "Mary Bold", Explicit}}},
		{"a lede's rank, the next speaker a holder of a post",
			"A councillor has called the plan \"a farce\".\nJo Bell, leader of the Green Group, said: \"It is late.\"",
			[]speakerView{{"a farce", funding.Person{Name: "Jo Bell", Role: "leader of the Green Group", Party: "Green"}, "councillor", Guessed},
				{"It is late.", funding.Person{Name: "Jo Bell", Role: "leader of the Green Group", Party: "Green"}, "Jo Bell", Explicit}}},
		{"a lede's post, the next speaker named saying no claim",
			"Grant row\nA prospective MP has called the grant a \"slap in the face\".\nSarah Owen, who is set to stand for Labour, added that questions would be asked.",
			[]speakerView{{"slap in the face", funding.Person{Name: "Sarah Owen", Role: "prospective MP"}, "prospective MP", Guessed}}},
		// A person's or a post's "agreed to" announces a promise; a
		// meeting's is narrated. The lede's post is the next speaker's,
		// by which the article names them again; "who is also" gives a
		// further post.
		{"agreed to, by a lede's post, named again by it",
			"Grant row\nScotland’s finance secretary has agreed to hand councils an extra £5m.\nJo Bell, who is also the deputy first minister, announced the funding.\nThe finance secretary said the £5m would help.",
			[]speakerView{{"Scotland’s finance secretary has agreed to hand councils an extra £5m.", funding.Person{Name: "Jo Bell", Role: "finance secretary"}, "finance secretary", Guessed},
				{"the £5m would help", funding.Person{Name: "Jo Bell", Role: "finance secretary"}, "finance secretary", Inferred}}},
		{"agreed to, by council leaders",
			"Grant row\nCouncil leaders yesterday agreed to release more than £31m for roads.",
			nil},
		// A post before the surname of one named in full names them.
		{"a post and a surname, for one named in full",
			"Health Secretary, Jane Smith, has visited the ward.\nSecretary Smith said: \"We will act.\"",
			[]speakerView{{"We will act.", funding.Person{Name: "Jane Smith", Role: "Secretary"}, "Smith", Explicit}}},
		{"a post and a word named by no one in full",
			"Secretary Smith said: \"We will act.\"",
			[]speakerView{{"We will act.", funding.Person{Role: "Secretary Smith"}, "Secretary Smith", Guessed}}},
		// A relative clause between a speaker's name and the verb leaves the
		// name the speaker's; the clause's own words name no one.
		{"who, with a ward in the clause",
			`Jane Smith who represents Park ward said: "It is welcome news."`,
			[]speakerView{{"It is welcome news.", funding.Person{Name: "Jane Smith"}, "Jane Smith", Explicit}}},
		{"whose, with a body in the clause",
			`John Doe whose group runs the Town Council said "it is far too little".`,
			[]speakerView{{"it is far too little", funding.Person{Name: "John Doe"}, "John Doe", Explicit}}},
		// The agent of a passive verb in a relative clause welcomed the
		// subject: what the sentence says is the announcer's, after "what".
		{"a relative clause's agent, and what a body announced",
			`The plan, which was welcomed by Jane Smith, is part of what the council announced as a £2m fund.`,
			[]speakerView{{"The plan, which was welcomed by Jane Smith, is part of what the council announced as a £2m fund.",
				funding.Person{Org: "council"}, "the council", Explicit}}},
		// An office's initials before a name are its post, not a word of
		// an organisation's name.
		{"initials of an office before the name",
			`Kent PCC Jo Bell said: "It is late."`,
			[]speakerView{{"It is late.", funding.Person{Name: "Jo Bell", Role: "Kent PCC"}, "Jo Bell", Explicit}}},
		{"a chief executive's initials before the name",
			`Acme CEO John Doe said: "It is a start."`,
			[]speakerView{{"It is a start.", funding.Person{Name: "John Doe", Role: "Acme CEO"}, "John Doe", Explicit}}},
		{"a capitalised post held in a body, its holder named after",
			"Grant row\nThe Leader of Ashby Council has warned of \"brutal\" decisions.\nLeader of Ashby Council Councillor Jo Bell said: \"It is hard.\"",
			[]speakerView{{"brutal", funding.Person{Name: "Jo Bell", Role: "Leader of Ashby Council"}, "Leader of Ashby Council", Inferred},
				{"It is hard.", funding.Person{Name: "Jo Bell", Role: "Leader of Ashby Council"}, "Councillor Jo Bell", Explicit}}},
		// A clause opening with "while", "but" or "and" after the first
		// speaker's verb, with a speaker and verb of its own, gives the
		// quotations after its verb to that speaker.
		{"a second speaker after while",
			"Grant row\nCouncil leader Stewart Young described it as “totally inadequate” while Lib Dem leader and MP Tim Farron said: “It is small change.”",
			[]speakerView{{"totally inadequate", funding.Person{Name: "Stewart Young", Role: "Council leader"}, "Stewart Young", Explicit},
				{"It is small change.", funding.Person{Name: "Tim Farron", Role: "Lib Dem leader and MP", Party: "Liberal Democrats"}, "Tim Farron", Explicit}}},
		{"a second speaker after and",
			"Grant row\nJane Smith called it “a start” and council leader Bob Jones said it was “a disgrace”.",
			[]speakerView{{"a start", jane, "Jane Smith", Explicit},
				{"a disgrace", funding.Person{Name: "Bob Jones", Role: "council leader"}, "Bob Jones", Explicit}}},
		{"a second speaker after a semicolon",
			"Grant row\nJane Smith called it “a start”; Bob Jones said it was “a disgrace”.",
			[]speakerView{{"a start", jane, "Jane Smith", Explicit},
				{"a disgrace", funding.Person{Name: "Bob Jones"}, "Bob Jones", Explicit}}},
		{"countered after the quotation",
			"Grant row\nJane Smith said: \"It is a start.\"\n\"It is a disgrace,\" countered Bob Jones.",
			[]speakerView{{"It is a start.", jane, "Jane Smith", Explicit},
				{"It is a disgrace", funding.Person{Name: "Bob Jones"}, "Bob Jones", Explicit}}},
		{"he, for the person named since, opening a sentence of its paragraph",
			"Grant row\nJane Smith said: \"It is a start.\"\nBob Jones was more critical. \"It is a disgrace,\" he said.",
			[]speakerView{{"It is a start.", jane, "Jane Smith", Explicit},
				{"It is a disgrace", funding.Person{Name: "Bob Jones"}, "he", Guessed}}},
		{"the same speaker after but",
			"Grant row\nJane Smith welcomed the money but said: “It is not enough.”",
			[]speakerView{{"It is not enough.", jane, "Jane Smith", Explicit}}},
		{"while in the reported clause, its main clause after a comma",
			"Grant row\nJane Smith added that while the Government had listened, the council still felt the share was “unfair to us”.",
			[]speakerView{{"unfair to us", jane, "Jane Smith", Explicit}}},
		{"a quotation of a heading's length after a colon ending the paragraph before",
			"Grant row\nJane Smith said the cuts were deep:\n\"The cuts will take a third off our budget by 2018\"\nsaid Jane Smith.",
			[]speakerView{{"The cuts will take a third off our budget by 2018", jane, "Jane Smith", Explicit}}},
		// "he" or "she" is the person of that gender named since the last
		// speaker, whose gender the article does not give.
		{"he, for a man named since the last speaker",
			"Grant row\nBob Jones was at the meeting.\nJane Smith said the sum was welcome.\nHowever, Mr Jones was not convinced. \"It is far too little,\" he said.",
			[]speakerView{{"It is far too little", funding.Person{Name: "Bob Jones"}, "he", Inferred}}},
		{"she, resolved to the last speaker, tells her gender for a later he",
			"Grant row\nSir John Doe said: \"It is late.\"\nJo Bell said: \"It is early.\"\nShe added: \"It is a start.\"\n\"It is not,\" he said.",
			[]speakerView{{"It is late.", funding.Person{Name: "Sir John Doe"}, "Sir John Doe", Explicit},
				{"It is early.", funding.Person{Name: "Jo Bell"}, "Jo Bell", Explicit},
				{"It is a start.", funding.Person{Name: "Jo Bell"}, "She", Inferred},
				{"It is not", funding.Person{Name: "Sir John Doe"}, "he", Inferred}}},
		// A clause with no verb of speech ending in a colon before a
		// quotation gives it to the person it opens on.
		{"a person's clause ending in a colon",
			"Grant row\nJane Smith said the sum was welcome.\nBut Bob Jones was unimpressed: \"It is far too little.\"",
			[]speakerView{{"It is far too little.", funding.Person{Name: "Bob Jones"}, "Bob Jones", Inferred}}},
		{"agreed:, and is quoted as saying",
			"Grant row\nJane Smith is quoted as saying: \"It is far too little.\"\nBob Jones agreed: \"We need more.\"",
			[]speakerView{{"It is far too little.", jane, "Jane Smith", Explicit},
				{"We need more.", funding.Person{Name: "Bob Jones"}, "Bob Jones", Explicit}}},
		{"who after an agent, its antecedent",
			"Grant row\nHer comments were echoed by Bob Jones, who said: \"It is far too little.\"",
			[]speakerView{{"It is far too little.", funding.Person{Name: "Bob Jones"}, "Bob Jones", Explicit}}},
		{"a body disagreed, saying",
			"Grant row\nBut the council disagreed, saying it was \"far too little\".",
			[]speakerView{{"far too little", funding.Person{Org: "council"}, "the council", Explicit}}},
		{"Number 10, by its address",
			"Grant row\nNumber 10 said: \"It is a fair deal.\"",
			[]speakerView{{"It is a fair deal.", funding.Person{Org: "Downing Street"}, "Number 10", Explicit}}},
		// A document from a body or a person speaks for them.
		{"a statement from a body",
			"Grant row\nA statement from the council said: \"It is far too little.\"",
			[]speakerView{{"It is far too little.", funding.Person{Org: "council"}, "the council", Explicit}}},
		{"a letter from a person",
			"Grant row\nA letter from Jane Smith said: \"It is far too little.\"",
			[]speakerView{{"It is far too little.", jane, "Jane Smith", Explicit}}},
		// An aside or a relative clause set off by commas between a
		// subject and its verb is no subject.
		{"a body, a relative clause, and the verb",
			"Grant row\nThe LGA, which represents councils, said: \"It is far too little.\"",
			[]speakerView{{"It is far too little.", funding.Person{Org: "Local Government Association"}, "The LGA", Explicit}}},
		{"a body, an aside, and the verb",
			"Grant row\nThe council, in a statement, said the money was \"far too little\".",
			[]speakerView{{"far too little", funding.Person{Org: "council"}, "The council", Explicit}}},
		{"calling, a participle of speech",
			"Grant row\nJane Smith said the sum was \"far too little\". Bob Jones disagreed, calling it \"a fair deal for us\".",
			[]speakerView{{"far too little", jane, "Jane Smith", Explicit},
				{"a fair deal for us", funding.Person{Name: "Bob Jones"}, "Bob Jones", Explicit}}},
		{"responded:",
			"Grant row\nJane Smith responded: \"It is far too little.\"",
			[]speakerView{{"It is far too little.", jane, "Jane Smith", Explicit}}},
		// "asked" and "replied" frame a quotation before a colon, or after
		// a question in quotation marks; elsewhere they ask for something.
		{"she asked:, continued into the next paragraph",
			"Grant row\nCoun Jo Bell spoke at the meeting.\nShe asked: \"Why was it cut?\n\"Where is the fairness?''",
			[]speakerView{{"Why was it cut?", funding.Person{Name: "Jo Bell", Role: "Coun"}, "She", Guessed},
				{"Where is the fairness?", funding.Person{Name: "Jo Bell", Role: "Coun"}, "She", Guessed}}},
		{"asked after a question",
			"Grant row\n\"Where is the fairness?\" asked Jo Bell.",
			[]speakerView{{"Where is the fairness?", funding.Person{Name: "Jo Bell"}, "Jo Bell", Explicit}}},
		{"asked for money is no speech",
			"Grant row\nThe council asked the Government for £5m.",
			nil},
		// A participle of speech after a comma has the subject of the
		// clause it hangs on: the name opening it, after a sentence adverb
		// and a post, not a name in a phrase before the subject.
		{"a participle after a sentence adverb and a post",
			"However, council leader Fraser Reynolds rejected her claim, saying: \"We have criteria.\"",
			[]speakerView{{"We have criteria.", funding.Person{Name: "Fraser Reynolds", Role: "council leader"}, "Fraser Reynolds", Explicit}}},
		{"a participle after a phrase naming another",
			"Responding to Jane Smith, Bob Jones hit back, saying: \"We have criteria.\"",
			[]speakerView{{"We have criteria.", funding.Person{Name: "Bob Jones"}, "Bob Jones", Explicit}}},
		{"the article's own sentence, from chiswickw4-2018",
			`Cllr John Todd who represents Chiswick Homefields ward said, "Of course our Conservative group are delighted to see Hounslow Council receiving £63,252,000 of government funds."`,
			[]speakerView{{"Of course our Conservative group are delighted to see Hounslow Council receiving £63,252,000 of government funds.",
				funding.Person{Name: "John Todd", Role: "Cllr"}, "Cllr John Todd", Explicit}}},
		// A second clause after a quotation, joined by "while" or "but",
		// names the speaker of the quotation after it (cumberlandnews-2016);
		// without a verb of speech of its own, the sentence's speaker
		// speaks on.
		{"a second clause's speaker",
			`Jane Smith described it as "totally inadequate" while council leader John Doe said: "It is small change."`,
			[]speakerView{
				{"totally inadequate", jane, "Jane Smith", Explicit},
				{"It is small change.", funding.Person{Name: "John Doe", Role: "council leader"}, "John Doe", Explicit},
			}},
		// A short paragraph that is one quotation, whose speaker the next
		// paragraph names after a break ("said Councillor Anne Western.",
		// derbyshire-2013), is speech, not a heading.
		{"a quotation broken from its speaker",
			"Jane Smith spoke at the meeting.\n\"The cuts will take a third off our budget by 2018\"\nsaid Sir John Doe.\n",
			[]speakerView{{"The cuts will take a third off our budget by 2018", funding.Person{Name: "Sir John Doe"}, "Sir John Doe", Explicit}}},
		{"a short quotation alone, a heading",
			"Jane Smith spoke at the meeting.\n\"The cuts will take a third off our budget by 2018\"\nThe council met on Monday.\n",
			nil},
		// A word in marks inside a statement "according to" its source
		// that states money is part of that statement, one claim with it
		// (worcesternews-2001).
		{"a word in marks in a statement according to its source",
			`A £2m council boost for the town is a "stunt" that fails the high street, according to local MP Jane Smith.`,
			[]speakerView{{`A £2m council boost for the town is a "stunt" that fails the high street`, funding.Person{Name: "Jane Smith", Role: "local MP"}, "Jane Smith", Explicit}}},
		// Words in marks that complete the statement, after "is", are all
		// the source says: the quotation is the claim, and the money before
		// it the writer's (boltonnews-2018).
		{"a quotation completing a statement according to its source",
			`A new £2m council boost for the town is ‘too little too late’, according to local MP Jane Smith.`,
			[]speakerView{{"too little too late", funding.Person{Name: "Jane Smith", Role: "local MP"}, "Jane Smith", Explicit}}},
		{"a quotation after an adverb completing a statement according to its source",
			`A new £2m council boost for the town is only "a drop in the ocean", according to local MP Jane Smith.`,
			[]speakerView{{"a drop in the ocean", funding.Person{Name: "Jane Smith", Role: "local MP"}, "Jane Smith", Explicit}}},
		// Words quoted with no one named, and then a paragraph saying who
		// "was speaking" (irishnews-2017), are that person's; a paragraph
		// naming someone otherwise gives no speaker.
		{"a speaker the next paragraph says was speaking",
			"The £2m for the town is only \"a drop in the ocean\", it was warned last night.\nLabour leader Jane Smith was speaking after the council met.",
			[]speakerView{{"a drop in the ocean", funding.Person{Name: "Jane Smith", Role: "Labour leader", Party: "Labour"}, "Jane Smith", Inferred}}},
		{"a person the next paragraph names, not speaking",
			"The £2m for the town is only \"a drop in the ocean\", it was warned last night.\nLabour leader Jane Smith was at the meeting.",
			[]speakerView{{"a drop in the ocean", funding.Person{}, "", ConfidenceUnknown}}},
		// Two paragraphs of speech joined in one, after "X said:": both
		// X's, the second as the first is, Inferred (welshgov-2021).
		{"speech of two paragraphs joined in one",
			"Jane Smith said:\n“The money is welcome. “It will help many people.”",
			[]speakerView{{"The money is welcome.", jane, "Jane Smith", Explicit}, {"It will help many people.", jane, "Jane Smith", Inferred}}},
		// The subject of a participle after "with" is the words between
		// them: "with" opens no aside there.
		{"with X saying",
			`Leaders echoed the criticism, with shadow chancellor John McDonnell saying it "smacks of desperation".`,
			[]speakerView{{"smacks of desperation", funding.Person{Name: "John McDonnell", Role: "shadow chancellor"}, "John McDonnell", Explicit}}},
		{"with a body saying",
			`The fund was welcomed, with the council saying it was "a good start".`,
			[]speakerView{{"a good start", funding.Person{Org: "council"}, "the council", Explicit}}},
		// A body's initials in brackets after its name are no part of it;
		// other words in brackets are (see "NHS England (London)" above).
		{"a body's initials in brackets after its name",
			`Councils need more than £50 million, the Local Government Association (LGA) has warned.`,
			[]speakerView{{"Councils need more than £50 million", funding.Person{Org: "Local Government Association"}, "the Local Government Association (LGA)", Explicit}}},
		{"initials with a small letter for a small word",
			`A spokesperson for the Department for Transport (DfT) said: "We are giving £50 million."`,
			[]speakerView{{"We are giving £50 million.", funding.Person{Org: "Department for Transport"}, "A spokesperson for the Department for Transport (DfT)", Explicit}}},
		// "blamed" is a verb of speech whose object is what is blamed:
		// the words in marks after it are the speaker's.
		{"blamed, with a quotation after its object",
			`Jane Smith blamed government cuts 'leaving taxpayers to take up the slack' and said the cash will "help".`,
			[]speakerView{
				{"leaving taxpayers to take up the slack", jane, "Jane Smith", Explicit},
				{"help", jane, "Jane Smith", Explicit},
			}},
		// A party's name written before a member's, as a post is, is no
		// part of the name but their party.
		{"a party before a name",
			`Conservative Jane Smith blasted: "We knew the budget had been cut."`,
			[]speakerView{{"We knew the budget had been cut.", funding.Person{Name: "Jane Smith", Party: "Conservative"}, "Jane Smith", Explicit}}},
		{"a party before a name, speaking on in the next paragraph",
			"Labour John Doe said: \"It is late.\n\"It is not enough.\"",
			[]speakerView{
				{"It is late.", funding.Person{Name: "John Doe", Party: "Labour"}, "John Doe", Explicit},
				{"It is not enough.", funding.Person{Name: "John Doe", Party: "Labour"}, "John Doe", Inferred},
			}},
		// "of" and a body after a name say where the person speaks from:
		// the body is their organisation, not the end of a body's name.
		{"a body after a name, with of",
			`Jane Smith of Anytown Council said: "It is late."`,
			[]speakerView{{"It is late.", funding.Person{Name: "Jane Smith", Org: "Anytown Council"}, "Jane Smith", Explicit}}},
		{"a body by its initials after a name, with of the",
			`Jane Smith of the LGA has said the £2m is "too little".`,
			[]speakerView{{"too little", funding.Person{Name: "Jane Smith", Org: "Local Government Association"}, "Jane Smith", Explicit}}},
		{"a party before a name and a body after it",
			`Conservative Jane Smith of Anytown Council blasted: "We knew the budget had been cut."`,
			[]speakerView{{"We knew the budget had been cut.", funding.Person{Name: "Jane Smith", Party: "Conservative", Org: "Anytown Council"}, "Jane Smith", Explicit}}},
		{"a label in the passive, and its agent",
			`The £3m grant was hailed as "good news" by Health Minister Jane Smith.`,
			[]speakerView{{"good news", funding.Person{Name: "Jane Smith", Role: "Health Minister"}, "Jane Smith", Explicit}}},
		{"a second clause with no speaker",
			`Jane Smith described it as "totally inadequate" and "small change".`,
			[]speakerView{
				{"totally inadequate", jane, "Jane Smith", Explicit},
				{"small change", jane, "Jane Smith", Explicit},
			}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, speakerViews(t, tt.article)); diff != "" {
			t.Errorf("%s: quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// TestQuotationNotes checks that a quotation with no speaker, a speaker
// named only by a post no one holds, and a figure whose role its words do
// not give are each noted where their words are.
func TestQuotationNotes(t *testing.T) {
	tests := []struct {
		article string
		want    []string // the noted words
	}{
		{`The plan is "not what anyone wanted at all".`, []string{"not what anyone wanted at all"}},
		{`The minister said: "We will act."`, []string{"minister"}},
		{`Jane Smith said £2.4m was a lot of money.`, []string{"£2.4m"}},
		{`Jane Smith said: "We are announcing a £2.4m package."`, nil},
		{`Critics said: "We will act on it."`, []string{"Critics"}},
		{"Tom Reid, leader of the Green Group, called it \"a shambles\".\nThe opposition leader said: \"We will act.\"", []string{"opposition leader"}},
		{"Labour's plan was published.\nThe opposition has accused the Conservatives of wasting £4m on consultants.", []string{"£4m", "The opposition"}},
		// A speaker taken to be the one announcer is noted, to be checked.
		{"The Scottish Government has announced £2m.\nMinisters said: \"We will act on it.\"", []string{"Ministers"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotations(tt.article) {
			for _, n := range q.notes {
				got = append(got, tt.article[n.Span.Start:n.Span.End])
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("quotations(%q) notes mismatch (-want +got):\n%s", tt.article, diff)
		}
	}
}

// TestQuotationFields checks the provenance quotations gives a claim: the
// quote, each assertion, the stance, and the speaker with the words their
// role and party were read from.
func TestQuotationFields(t *testing.T) {
	article := `Susan Hall, leader of the Conservative Group in the London Assembly, called the funds "too little, too late".`
	type field struct {
		Path  string
		Words string
		Sure  Confidence
	}
	want := []field{
		{"quote", "too little, too late", Explicit},
		{"assertions[0]", "too little", Explicit},
		{"assertions[1]", "too late", Explicit},
		{"stance", "too little", Inferred},
		{"speaker", "Susan Hall", Explicit},
		{"speaker.role", "leader of the Conservative Group in the London Assembly", Inferred},
		{"speaker.party", "Conservative", Inferred},
	}
	qs := quotations(article)
	if len(qs) != 1 {
		t.Fatalf("quotations(%q) = %d claims, want 1", article, len(qs))
	}
	var got []field
	for _, f := range qs[0].fields {
		got = append(got, field{f.Path, article[f.Span.Start:f.Span.End], f.Confidence})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotations(%q) fields mismatch (-want +got):\n%s", article, diff)
	}
}

// TestQuotationSpeakerNames checks the form of a drafted speaker's name,
// as the corpus's records give it (claims/testdata/articles/README.md):
// in its fullest form in the article, with an honour ("Sir", "Dr") but
// without a courtesy title ("Mr") or the title of an office ("Cllr",
// "Councillor", a police rank, "MP" after it), which is the speaker's
// role when the article gives them no other.
func TestQuotationSpeakerNames(t *testing.T) {
	checkSpeakers(t, []speakersCase{
		{"a courtesy title, with the full name later",
			"Responding, Mr Drakeford said Labour would \"transform the funding available\".\nMr Price told First Minister Mark Drakeford he was wrong.",
			[]funding.Person{{Name: "Mark Drakeford"}}},
		{"a courtesy title, with the full name earlier",
			"Jane Smith spoke.\n\"It is a start,\" said Ms Smith.",
			[]funding.Person{{Name: "Jane Smith"}}},
		{"a courtesy title and no full name", "\"It is a start,\" said Mr Smith.",
			[]funding.Person{{Name: "Smith"}}},
		{"Cllr, with no other role", "Cllr Jane Smith said: \"It is a start.\"",
			[]funding.Person{{Name: "Jane Smith", Role: "Cllr"}}},
		{"Cllr, with a role after the name", "Cllr Jane Smith, leader of the council, said: \"It is a start.\"",
			[]funding.Person{{Name: "Jane Smith", Role: "leader of the council"}}},
		{"Councillor, and the name short later",
			"Councillor Gill Mitchell, leader of the Labour group, said: \"It is a ploy.\"\n\"It is late,\" said Councillor Mitchell.",
			[]funding.Person{{Name: "Gill Mitchell", Role: "leader of the Labour group", Party: "Labour"}, {Name: "Gill Mitchell", Role: "leader of the Labour group", Party: "Labour"}}},
		{"Coun, with a role before it", "Northumberland Labour leader Coun Scott Dickinson said: \"We had to beg.\"",
			[]funding.Person{{Name: "Scott Dickinson", Role: "Northumberland Labour leader", Party: "Labour"}}},
		{"a day before the role", "On Tuesday transport secretary Jo Hart said: \"It is a start.\"",
			[]funding.Person{{Name: "Jo Hart", Role: "transport secretary"}}},
		{"a week and a determiner before the role", "Last week the council leader Tom Reid said: \"It is a start.\"",
			[]funding.Person{{Name: "Tom Reid", Role: "council leader"}}},
		{"a month and a determiner before a body announcing, with no \"that\"",
			"Last month the Government announced a further £3m will go to libraries.\nOn Friday the Treasury said £1m was spent.",
			[]funding.Person{{Org: "Government"}, {Org: "Treasury"}}},
		{"a week with its date in brackets before a body announcing",
			"Last week (24 January) the Government announced it would provide a £600 million package.",
			[]funding.Person{{Org: "Government"}}},
		{"a police rank", "Commander Clair Kelland, the Met's public protection lead, said it had \"significantly strengthened\" its work.",
			[]funding.Person{{Name: "Clair Kelland", Role: "public protection lead", Org: "Metropolitan Police Service"}}},
		{"a rank of more words", "\"We are ready,\" said Detective Chief Inspector Jo Bloggs.",
			[]funding.Person{{Name: "Jo Bloggs", Role: "Detective Chief Inspector"}}},
		{"MP after the name, before the verb", "But Tom Giffard MS said the sum was \"half of what is needed\".",
			[]funding.Person{{Name: "Tom Giffard", Role: "MS"}}},
		{"MP after the name, and a role with MP", "\"It is a drop in the ocean,\" said Peter Brown MP, the Liberal Democrat MP for Leeds North.",
			[]funding.Person{{Name: "Peter Brown", Role: "Liberal Democrat MP for Leeds North", Party: "Liberal Democrats"}}},
		{"MP after the name and no role", "Jane Smith MP said: \"It is late.\"",
			[]funding.Person{{Name: "Jane Smith", Role: "MP"}}},
		{"a post in letters closing a quotation of several paragraphs",
			"Jane Smith said: \"It is late.\n\n\"It is small.\n\n\"It is not enough,\" added the MLA.\n\nThe Minister said: \"It is new.\"",
			[]funding.Person{{Name: "Jane Smith", Role: "MLA"}, {Name: "Jane Smith", Role: "MLA"}, {Name: "Jane Smith", Role: "MLA"}, {Role: "Minister"}}},
		{"a party and seat in brackets after the name", "Peter Brown (Labour, Leeds North) said the plan was \"not nearly enough\".",
			[]funding.Person{{Name: "Peter Brown", Party: "Labour"}}},
		{"a party's possessive before the name, as subject", "Labour's Pam Duncan-Glancy said the plan was \"a fraction of what is needed\".",
			[]funding.Person{{Name: "Pam Duncan-Glancy", Party: "Labour"}}},
		{"a party's possessive before the name, after the verb", "\"It's not enough,\" said the Conservatives' Liz Smith. \"Schools need far more than this.\"",
			[]funding.Person{{Name: "Liz Smith", Party: "Conservative"}, {Name: "Liz Smith", Party: "Conservative"}}},
		{"a short sentence quoted after the speaker's", "\"It's not enough,\" said Liz Smith. \"Schools need £50m.\"",
			[]funding.Person{{Name: "Liz Smith"}, {Name: "Liz Smith"}}},
		{"a post set off before a councillor in lower case", "Leader of West Suffolk Council, councillor John Griffiths, said: \"We are putting forward a mix.\"",
			[]funding.Person{{Name: "John Griffiths", Role: "Leader of West Suffolk Council"}}},
		{"a portfolio's words before the name", "Minister for Schools and Skills Jo Hart said: \"It is a start.\"\nMinister for Culture Tom Reid said: \"It is late.\"",
			[]funding.Person{{Name: "Jo Hart", Role: "Minister for Schools and Skills"}, {Name: "Tom Reid", Role: "Minister for Culture"}}},
		{"a lede's phrase by post is the speaker's whose quotation later holds it",
			"The leader of Kent County Council has called the grant \"far too small\".\nJo Hart said: \"We welcome it, but it is far too small.\"\nLeader Ann Lowe said: \"It will help.\"",
			[]funding.Person{{Name: "Jo Hart", Role: "leader of Kent County Council"}, {Name: "Jo Hart", Role: "leader of Kent County Council"}, {Name: "Ann Lowe", Role: "Leader"}}},
		{"a lede's post in a body it leaves unnamed is the speaker's whose quotation later holds it",
			"The leader of a West Midlands council has called the grant \"far too small\".\nLeader Ann Lowe said: \"It will help.\"\nLast year, Dudley Council leader Jo Hart warned of \"hard choices\".\nCllr Hart called the grant \"far too small\".",
			[]funding.Person{{Name: "Jo Hart", Role: "Dudley Council leader"}, {Name: "Ann Lowe", Role: "Leader"}, {Name: "Jo Hart", Role: "Dudley Council leader"}, {Name: "Jo Hart", Role: "Dudley Council leader"}}},
		{"a post in a body left unnamed, its holder never named, is a post, not the body",
			"The chief executive of an East Anglian charity said the cut was \"a betrayal\".",
			[]funding.Person{{Role: "chief executive of an East Anglian charity"}}},
		{"the post after \"the\" is the one last named with it, though another holds it later",
			"Finance Minister Jo Hart said: \"It is a start.\"\n\"It is late,\" said the minister.\nHealth Minister Tom Reid said: \"It will help.\"",
			[]funding.Person{{Name: "Jo Hart", Role: "Finance Minister"}, {Name: "Jo Hart", Role: "Finance Minister"}, {Name: "Tom Reid", Role: "Health Minister"}}},
		{"a portfolio listed in lower case with commas before the post and the name",
			"\"It is a start,\" said housing, communities and local government secretary Jo Hart.",
			[]funding.Person{{Name: "Jo Hart", Role: "housing, communities and local government secretary"}}},
		{"a portfolio with \"the\" inside it before the name",
			"Minister for Coasts and the Environment Jo Hart said: \"It is a start.\"\nShe thanked the Friends of the Heath Trust.",
			[]funding.Person{{Name: "Jo Hart", Role: "Minister for Coasts and the Environment"}}},
		{"a place of two words after \"of the\" is no name", "\"It is late,\" said Jo Hart, leader of the Moray Firth.",
			[]funding.Person{{Name: "Jo Hart", Role: "leader of the Moray Firth"}}},
		{"a portfolio ending on a body's word before the name", "Minister for Roads and Local Government Jo Hart said: \"It is a start.\"\nShe spoke to the Local Government Association.",
			[]funding.Person{{Name: "Jo Hart", Role: "Minister for Roads and Local Government"}}},
		{"a post to a body before the name", "Chief Secretary to the Treasury Jo Hart said: \"It is a start.\"\nHe wrote to the Treasury Select Committee.",
			[]funding.Person{{Name: "Jo Hart", Role: "Chief Secretary to the Treasury"}}},
		{"a particle inside a name", "Rhun ap Iorwerth criticised the \"austerity-driven\" government.\n\"It is late,\" said Jan van Dijk.",
			[]funding.Person{{Name: "Rhun ap Iorwerth"}, {Name: "Jan van Dijk"}}},
		{"a pronoun after a conjunction before the verb", "Jo Hart sparked a row after she told MPs the plan was \"a fraud\".",
			[]funding.Person{{Name: "Jo Hart"}}},
		{"a national body by its initials alone", "\"It is late,\" said the TUC.\n\"It is a start,\" the LGA said.",
			[]funding.Person{{Org: "Trades Union Congress"}, {Org: "Local Government Association"}}},
		{"a body's name with a comma, spelled out before its initials in brackets",
			"The Department for Levelling Up, Housing and Communities (DLUHC) said it had ‘listened to councils’.",
			[]funding.Person{{Org: "Department for Levelling Up, Housing and Communities"}}},
		{"a post held in a body named by a possessive, before its holder is named",
			"Funding is “too late”, the council’s finance lead has said.\nJo Hart, deputy leader of the council and finance lead, said it was “small”.",
			[]funding.Person{{Name: "Jo Hart", Role: "deputy leader of the council and finance lead"}, {Name: "Jo Hart", Role: "deputy leader of the council and finance lead"}}},
		{"a post held in a body named by a capitalised possessive, before its holder is named",
			"Leeds Council’s leader has compared the funding to ‘a drop in the ocean.’\nJo Hart, leader of the council, said: “It is small.”",
			[]funding.Person{{Name: "Jo Hart", Role: "leader of the council"}, {Name: "Jo Hart", Role: "leader of the council"}}},
		{"a post after the name given without one, in the next sentence, is on both her claims",
			"The council will get £2m for parks, Jo Hart has confirmed.\nThe Culture Secretary said Leeds will receive £1m of it.",
			[]funding.Person{{Name: "Jo Hart", Role: "Culture Secretary"}, {Name: "Jo Hart", Role: "Culture Secretary"}}},
		{"a post after the name given without one, whose post the article gives elsewhere",
			"Health Minister Jo Hart visited a school.\nThe council will get £2m for parks, Jo Hart has confirmed.\nThe Culture Secretary said Leeds will receive £1m of it.",
			[]funding.Person{{Name: "Jo Hart"}, {Role: "Culture Secretary"}}},
		{"a post after a name given with another post",
			"The council will get £2m for parks, Health Minister Jo Hart has confirmed.\nThe Culture Secretary said Leeds will receive £1m of it.",
			[]funding.Person{{Name: "Jo Hart", Role: "Health Minister"}, {Role: "Culture Secretary"}}},
		{"a passive verb of naming with its agent after the quotation, a post and then the name",
			"The fund was deemed a \"cynical ploy\" by the opposition leader, Tom Reid.",
			[]funding.Person{{Name: "Tom Reid", Role: "opposition leader"}}},
		{"a peer's territorial designation", "Lord Smith of Leigh told reporters the fund \"was long overdue in Wigan\".",
			[]funding.Person{{Name: "Lord Smith of Leigh"}}},
		{"a company's name, Limited as the announcer's subject reads it", "\"It is a start for us,\" said Jo Bloggs Limited.",
			[]funding.Person{{Org: "Jo Bloggs Limited"}}},
		// A name in the possessive is the article's name all the same, so
		// that a later word of it alone finds it, and a pronoun after
		// that word is not someone named before it.
		{"a full name only in the possessive, then its last word",
			"Labour MSP Jo Hart’s motion was defeated.\nHart said the cut was a “betrayal”.",
			[]funding.Person{{Name: "Jo Hart"}}},
		{"he after a speaker named by a word alone, past a man named in full before",
			"Labour MSP Tom Reid’s motion fell.\nFirst Minister John Doe pledged more cash for his schools.\nHe said it would be “a start”.\nReid said the cut was a “betrayal”.\n“It is late,” he said.",
			[]funding.Person{{Name: "John Doe", Role: "First Minister"}, {Name: "Tom Reid"}, {Name: "Tom Reid"}}},
		// "Ministers" with no body announcing in the article to take them
		// to speak as one by that name, as they do in a sentence without
		// marks; with one, they are that body's.
		{"ministers with no body announcing",
			"Ministers announced £1.2bn for 34 areas to cut fares in “bus service improvement plans” across England.",
			[]funding.Person{{Org: "Ministers"}}},
		{"ministers of the body announcing",
			"The Welsh Government announced £3m for roads.\nMinisters announced £1.2bn for 34 areas to cut fares in “bus service improvement plans” across Wales.",
			[]funding.Person{{Org: "Welsh Government"}, {Org: "Welsh Government"}, {Org: "Welsh Government"}}},
		{"honours stay in the name",
			"\"It is late,\" said Sir Keir Starmer.\n\"It is a start,\" said Dr Peter Brown.\n\"It is fair,\" said Professor Mary Jones.\n\"It is good,\" said Baroness Helen Newlove.",
			[]funding.Person{{Name: "Sir Keir Starmer"}, {Name: "Dr Peter Brown"}, {Name: "Professor Mary Jones"}, {Name: "Baroness Helen Newlove"}}},
	})
}

// TestDraftAnnouncerNames checks that the package's announcer, read from
// the subject of its announcing sentence, is named as a quotation's
// speaker is (see TestQuotationSpeakerNames): an office's title is the
// role, not part of the name.
func TestDraftAnnouncerNames(t *testing.T) {
	tests := []struct {
		article string
		want    funding.Person
	}{
		{"Parks fund\n\nCllr Jane Smith has announced £3m for the town's parks.", funding.Person{Name: "Jane Smith", Role: "Cllr"}},
		{"Parks fund\n\nCouncil Leader Cllr Roger Truelove has announced £3m for the town's parks.", funding.Person{Name: "Roger Truelove", Role: "Council Leader"}},
		{"Parks fund\n\nMayor of London Sir Sadiq Khan has announced £3m for the city's parks.", funding.Person{Name: "Sir Sadiq Khan", Role: "Mayor of London"}},
		{"June round\n\nFinance Minister Máirtín Ó Muilleoir today announced £175million of funding allocations to departments.",
			funding.Person{Name: "Máirtín Ó Muilleoir", Role: "Finance Minister"}},
		{"Parks fund\n\nMr Jo Bloggs has announced £3m for the town's parks.", funding.Person{Name: "Jo Bloggs"}},
		{"Parks fund\n\nChief Constable Jo Bloggs has announced £3m for the town's parks.", funding.Person{Name: "Jo Bloggs", Role: "Chief Constable"}},
		{"Parks fund\n\nMayor of London Sadiq Khan has announced £3m for the city's parks.", funding.Person{Name: "Sadiq Khan", Role: "Mayor of London"}},
		{"Schools fund\n\nEducation Secretary Bridget Phillipson has announced £5m for schools.",
			funding.Person{Name: "Bridget Phillipson", Role: "Education Secretary"}},
		// The announcer's posts are the speaker's (roleWord), and so are
		// the words of an organisation's name (orgWord).
		{"Schools fund\n\nHeadteacher Jo Bloggs has announced £3m for the school's library.",
			funding.Person{Name: "Jo Bloggs", Role: "Headteacher"}},
		{"Parks fund\n\nKent Alliance has announced £3m for the town's parks.",
			funding.Person{Org: "Kent Alliance"}},
		// A post in lower case before the name, as news stories write it
		// (lancashiretelegraph-2024, "Lancashire’s police and crime
		// commissioner Clive Grunshaw has awarded …"): the post is the
		// role, the name after its last role word the name.
		{"Parks fund\n\nKent’s police and crime commissioner Jo Bloggs has awarded £30,000 to youth projects.",
			funding.Person{Name: "Jo Bloggs", Role: "Kent’s police and crime commissioner"}},
		{"Parks fund\n\nCouncil leader Jane Smith has awarded £3m to the town's parks.",
			funding.Person{Name: "Jane Smith", Role: "Council leader"}},
		// Words in lower case that are no post before a name are no
		// announcer's.
		{"Parks fund\n\nA group of residents Jane Smith has awarded £3m to the town's parks.",
			funding.Person{}},
		// A public body opening the sentence as the subject of a verb of
		// providing announces the money (thenational-2021, "THE Scottish
		// Government will provide up to £50 million …"); one named later
		// in it does not.
		{"Parks fund\n\nTHE Welsh Government will provide up to £3m for the town's parks.",
			funding.Person{Org: "Welsh Government"}},
		{"Parks fund\n\nParents hope that the Welsh Government will provide up to £3m for the town's parks.",
			funding.Person{}},
		// So does one that has provided it, as news (govuk-2021, "The UK
		// Government has provided the Northern Ireland Executive with an
		// additional £300 million"); not one that is providing it, as
		// what it does.
		{"Parks fund\n\nThe Welsh Government has provided the council with an extra £3m for the town's parks.",
			funding.Person{Org: "Welsh Government"}},
		{"Parks fund\n\nThe Welsh Government is providing the council with an extra £3m for the town's parks.",
			funding.Person{}},
		// A body deciding to give money ("has agreed how to allocate",
		// "has decided to invest") announces it; a government named by
		// its place and "Executive" is a body, a chief executive a post.
		{"Parks fund\n\nTHE Kent Executive has agreed how to allocate £3m in funding, including £1m for the town's parks.",
			funding.Person{Org: "Kent Executive"}},
		{"Parks fund\n\nKent County Council has decided to invest £3m in the town's parks.",
			funding.Person{Org: "Kent County Council"}},
		{"Parks fund\n\nChief Executive Jo Bloggs has announced £3m for the town's parks.",
			funding.Person{Name: "Jo Bloggs", Role: "Chief Executive"}},
	}
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			continue
		}
		if got := p.AnnouncedBy; got != tt.want {
			t.Errorf("DraftRecord(%q): announcedBy %+v, want %+v", tt.article, got, tt.want)
		}
	}
}

// TestQuotationContinuingSpeech checks the verbs UK news uses to carry a
// speaker on to more of their words, "continued" and "went on", read as
// verbs of speech only where they introduce a quotation: before a colon
// or comma and a quotation mark, or a colon ending the paragraph; "she"
// is the last speaker named, as after "she said". "The
// Minister" is the one person the article gives that post, though another
// speaker comes between; "added:" was a verb of speech already.
func TestQuotationContinuingSpeech(t *testing.T) {
	const lede = "Finance Minister Jo Bloggs said the town would get £3m for roads.\n"
	bloggs := funding.Person{Name: "Jo Bloggs", Role: "Finance Minister"}
	tests := []struct {
		name, article string
		want          speakerView // of the last claim
	}{
		{"the post, continued and a colon",
			lede + "Speaking at the depot the Minister continued: \"We will spend it well.\"",
			speakerView{"We will spend it well.", bloggs, "Minister", Inferred}},
		{"the post after another speaker",
			lede + "Council leader Ann Lee said it was welcome.\nThe Minister continued: \"We will spend it well.\"",
			speakerView{"We will spend it well.", bloggs, "Minister", Inferred}},
		{"the post, added and a colon",
			lede + "The Minister added: \"We will spend it well.\"",
			speakerView{"We will spend it well.", bloggs, "Minister", Inferred}},
		{"the name, continued and a comma",
			lede + "Mr Bloggs continued, \"We will spend it well.\"",
			speakerView{"We will spend it well.", bloggs, "Mr Bloggs", Explicit}},
		{"went on, ending the paragraph",
			lede + "Mr Bloggs went on:\n\"We will spend it well.\"",
			speakerView{"We will spend it well.", bloggs, "Mr Bloggs", Explicit}},
		{"continued with a subject that names no one",
			lede + "The work continued: \"we fix it all now\" was its slogan.",
			speakerView{"we fix it all now", funding.Person{}, "", ConfidenceUnknown}},
		{"an organisation heard before",
			"The Treasury said the town would get £3m for roads.\nThe Treasury continued: \"We will spend it well.\"",
			speakerView{"We will spend it well.", funding.Person{Org: "Treasury"}, "The Treasury", Explicit}},
		{"went on to say, before a colon",
			lede + "Mr Bloggs went on to say: \"We will spend it well.\"",
			speakerView{"We will spend it well.", bloggs, "Mr Bloggs", Explicit}},
		{"went on to say, reporting",
			lede + "She went on to say the town would need £5m more.",
			speakerView{"the town would need £5m more", bloggs, "She", Inferred}},
		{"continued after the quotation",
			lede + "\"We will spend it well,\" the Minister continued.",
			speakerView{"We will spend it well", bloggs, "Minister", Inferred}},
		{"continued after the quotation, in curly marks",
			lede + "“We will spend it well,” the Minister continued.",
			speakerView{"We will spend it well", bloggs, "Minister", Inferred}},
		{"continued after the quotation, after another speaker",
			lede + "Council leader Ann Lee said it was welcome.\n\"We will spend it well,\" the Minister continued.",
			speakerView{"We will spend it well", bloggs, "Minister", Inferred}},
		{"continued after the quotation, before the name",
			lede + "\"We will spend it well,\" continued Mr Bloggs.",
			speakerView{"We will spend it well", bloggs, "Mr Bloggs", Explicit}},
		{"went on after the quotation",
			lede + "\"We will spend it well,\" she went on.",
			speakerView{"We will spend it well", bloggs, "she", Inferred}},
		{"she went on",
			lede + "She went on, \"We will spend it well.\"",
			speakerView{"We will spend it well.", bloggs, "She", Inferred}},
	}
	for _, tt := range tests {
		vs := speakerViews(t, tt.article)
		if len(vs) == 0 {
			t.Errorf("%s: quotations(%q) found no claims", tt.name, tt.article)
			continue
		}
		if diff := cmp.Diff(tt.want, vs[len(vs)-1]); diff != "" {
			t.Errorf("%s: quotations(%q) last claim mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// TestQuotationSpeakerAuxiliaries checks the words that may stand between
// a speaker and the verb, which the announcer's subject allows too (see
// auxiliaries): "formally", "officially", "just", "this morning".
func TestQuotationSpeakerAuxiliaries(t *testing.T) {
	const said = " the town would get £3m for roads."
	bloggs := funding.Person{Name: "Jo Bloggs"}
	tests := []string{
		"Jo Bloggs has formally said",
		"Jo Bloggs has officially said",
		"Jo Bloggs has just said",
		"Jo Bloggs this morning said",
	}
	for _, subject := range tests {
		article := subject + said
		want := []speakerView{{"the town would get £3m for roads", bloggs, "Jo Bloggs", Explicit}}
		if diff := cmp.Diff(want, speakerViews(t, article)); diff != "" {
			t.Errorf("quotations(%q) mismatch (-want +got):\n%s", article, diff)
		}
	}
}

// TestQuotationContinuingNoSpeaker checks that "continued" and "went on"
// carry on only a speaker already heard: before a quotation, a subject
// that has not spoken is no speaker ("Prices continued, “rising
// sharply”"), though "said" would make it one.
func TestQuotationContinuingNoSpeaker(t *testing.T) {
	for _, article := range []string{
		"Prices continued, \"rising sharply\", all year.",
		"Work on the bridge continued, \"slowly but surely\" as the town put it.",
		"The Treasury continued: \"We will spend it well.\"",
	} {
		for _, q := range quotations(article) {
			if !q.claim.Speaker.IsZero() {
				t.Errorf("quotations(%q): %q spoken by %v, want no speaker", article, q.claim.Quote, q.claim.Speaker)
			}
		}
	}
}

// TestDraftPlaceSpeaker checks that a place speaking as a body, named
// alone ("Northby had estimated …"), is its council by the full name the
// article gives it, and is left as the article names it where the article
// names no council after it.
func TestDraftPlaceSpeaker(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string
	}{
		{"a place after its council's leader",
			"Councils get £90m\n\nThe Government has announced £90m for councils.\n\nNorthby Borough Council’s leader, Jo Bloggs, said: “It is welcome.”\n\nNorthby had estimated it could be in line for £2m to £2.5m of the money.\n",
			[]string{"Government", "", "Northby Borough Council"}},
		{"a place with no council named",
			"Councils get £90m\n\nThe Government has announced £90m for councils.\n\nNorthby had estimated it could be in line for £2m to £2.5m of the money.\n",
			[]string{"Government", "Northby"}},
	}
	for _, tt := range tests {
		checkClaimsAs(t, tt.name, tt.article, func(c Claim) string { return c.Speaker.Org }, tt.want)
	}
}

// TestQuotationSomeOfAKind checks that speakers named as some of a kind
// ("Several PCCs", "Many Labour MPs") or by a post in the plural ("Council
// leaders") are no one named: their reported statements and the words in
// marks they welcome are no claims, and a quotation they speak has no
// speaker.
func TestQuotationSomeOfAKind(t *testing.T) {
	checkSaid(t, []saidCase{
		{"some of a kind", "Several PCCs said £2m was not enough.\n", nil},
		{"some of a kind welcoming words in marks", "Several PCCs have welcomed the ‘fair settlement’ for the force.\n", nil},
		{"many of a party", "Many Labour MPs said the £2m was “too little”.\n", nil},
		{"a quotation of some of a party", "Several Tory MPs said: “It is too little.”\n", []said{{"It is too little.", "", ""}}},
		{"a person named", "Jo Hart said £2m was not enough.\n", []said{{"£2m was not enough", "Jo Hart", ""}}},
		{"a post in the plural, with its initials", "Police and crime commissioners (PCCs) have criticised a settlement that asks them to find £270m.\n", nil},
		{"a post in the plural", "Council leaders said £2m was not enough.\n", nil},
		{"a body named", "The Local Government Association said £2m was not enough.\n", []said{{"£2m was not enough", "", "Local Government Association"}}},
	})
}

// TestQuotationVerbAfterFigure checks that a verb of announcing straight
// after a sum ("Together with the £2m announced in May") names the money,
// a noun phrase recalling an announcement, and drafts no claim, so that the
// word opening the sentence is taken for no speaker, while a subject
// before the verb still speaks.
func TestQuotationVerbAfterFigure(t *testing.T) {
	tests := []struct {
		name, article string
		speakers      []string
	}{
		{"a sum announced before",
			"The county council has announced £5 million for bus shelters.\n\nTogether with the £2m announced in May, this is the most it has spent on buses.",
			[]string{"county council"}},
		{"a sum in words announced before",
			"The county council has announced £5 million for bus shelters.\n\nAlong with the £2 million unveiled in May, it will fund new routes.",
			[]string{"county council"}},
		{"a subject before the verb",
			"The county council has announced £5 million for bus shelters.\n\nIn May, the Transport Secretary Jane Hill announced £2m for trams.",
			[]string{"county council", "Jane Hill, Transport Secretary"}},
	}
	for _, tt := range tests {
		checkClaimsAs(t, tt.name, tt.article, func(c Claim) string { return c.Speaker.String() }, tt.speakers)
	}
}

// TestQuotationReportBeforePronoun checks that a reported statement ending
// ", she said" is the claim of the speaker the pronoun names, its quote
// the clause before the pronoun, as one ending ", Jane Hill said" is.
func TestQuotationReportBeforePronoun(t *testing.T) {
	checkSaid(t, []saidCase{
		{"she said after money",
			"Transport Secretary Jane Hill said: \"We are backing buses.\"\n\nA further £3 million will go to rural routes, she said.",
			[]said{{"We are backing buses.", "Jane Hill", ""}, {"A further £3 million will go to rural routes", "Jane Hill", ""}}},
		{"a name, as before",
			"Transport Secretary Jane Hill said: \"We are backing buses.\"\n\nA further £3 million will go to rural routes, Jane Hill said.",
			[]said{{"We are backing buses.", "Jane Hill", ""}, {"A further £3 million will go to rural routes", "Jane Hill", ""}}},
	})
}

// TestQuotationReportBeforePostedName checks a reported clause before a
// speaker named after their post who ends the sentence ("…, Finance
// Secretary Derek Mackay said today."): the clause is their claim, and
// the post their role, as when a bare name or a post set off by commas
// ends it.
func TestQuotationReportBeforePostedName(t *testing.T) {
	tests := []struct {
		name, article string
		want          []funding.Person
		quotes        []string
	}{
		{"a post before the name",
			"Councils will receive a total funding package of £4.2 billion for 2026-27, Local Government Secretary Ann Price said today.",
			[]funding.Person{{Name: "Ann Price", Role: "Local Government Secretary"}},
			[]string{"Councils will receive a total funding package of £4.2 billion for 2026-27"}},
		{"a verb of speech with an object",
			"The council will spend £2m on its parks, Health Minister Tom Reid told MSPs.",
			[]funding.Person{{Name: "Tom Reid", Role: "Health Minister"}},
			[]string{"The council will spend £2m on its parks"}},
		{"a post set off by commas, as before",
			"The council will spend £2m on its parks, the Mayor of Leeds, Tom Reid, said.",
			[]funding.Person{{Name: "Tom Reid", Role: "Mayor of Leeds"}},
			[]string{"The council will spend £2m on its parks"}},
		{"no money in the clause, no claim",
			"The council will look after its parks, Health Minister Tom Reid said.",
			nil, nil},
	}
	for _, tt := range tests {
		var got []funding.Person
		var quotes []string
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, q.claim.Speaker)
			quotes = append(quotes, q.claim.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: speakers of quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		if diff := cmp.Diff(tt.quotes, quotes); diff != "" {
			t.Errorf("%s: quotes of quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// TestQuotationSpeakerOpeningPost checks a speaker named by a post alone
// ("The Cabinet Secretary said:") after a sentence that opens on that
// post, with its portfolio or without, set off by commas from a name
// ("The Cabinet Secretary for Housing, Jayne Bryant, visited …"): the
// speaker is the one so named, with the full post; two so named leave
// the post for a person to resolve.
func TestQuotationSpeakerOpeningPost(t *testing.T) {
	checkSpeakers(t, []speakersCase{
		{"the post with its portfolio",
			"Homes\n\nThe Cabinet Secretary for Housing and Local Government, Jayne Bryant, visited the site.\n\nThe Cabinet Secretary said:\n\n“I am proud of the scheme.”",
			[]funding.Person{{Name: "Jayne Bryant", Role: "Cabinet Secretary for Housing and Local Government"}}},
		{"the same post",
			"Homes\n\nThe Housing Secretary, Jayne Bryant, visited the site.\n\nThe Housing Secretary said:\n\n“I am proud of the scheme.”",
			[]funding.Person{{Name: "Jayne Bryant", Role: "Housing Secretary"}}},
		{"two posts with that head",
			"Homes\n\nThe Cabinet Secretary for Housing, Jayne Bryant, visited the site.\n\nThe Cabinet Secretary for Health, Tom Reid, opened it.\n\nThe Cabinet Secretary said:\n\n“I am proud of the scheme.”",
			[]funding.Person{{Role: "Cabinet Secretary"}}},
		{"no post before the name",
			"Homes\n\nSpeaking at the launch, Jayne Bryant, visited the site.\n\nThe Cabinet Secretary said:\n\n“I am proud of the scheme.”",
			[]funding.Person{{Role: "Cabinet Secretary"}}},
	})
}
