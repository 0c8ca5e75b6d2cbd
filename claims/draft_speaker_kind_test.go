package claims

import "testing"

// TestBodyOfKind checks the full name an article gives a body that a
// speaker is named by in lower case: one name, capitalised words around
// the kind's word, "of" and more after; none for two different bodies of
// the kind, a kind of two words, or a word of the kind alone.
func TestBodyOfKind(t *testing.T) {
	tests := []struct {
		text, kind, want string
		ok               bool
	}{
		{"A union has claimed it is too little. But the National Union of Teachers says so.", "union", "National Union of Teachers", true},
		{"A charity warned of cuts. The Children's Society Charity agreed.", "charity", "Children's Society Charity", true},
		{"A union has claimed it. Later the Fire Brigades Union agreed.", "union", "Fire Brigades Union", true},
		{"A union has claimed it. The Fire Brigades Union and the National Union of Teachers agreed.", "union", "", false},
		{"Union: too little\n\nA union has claimed it is too little.", "union", "", false},
		{"A union has claimed it. Later the union of local workers agreed.", "union", "", false},
		{"Trade union leaders agreed. The Fire Brigades Union said so.", "trade union", "", false},
		// A name read no further than 60 bytes after the kind's word ends
		// on a whole word, not on the part of one the window holds.
		{"A union has claimed it. The National Union of Professional Educators Teachers Administrators Caretakers said so.",
			"union", "National Union of Professional Educators Teachers Administrators", true},
	}
	for _, tt := range tests {
		got, ok := bodyOfKind(tt.text, tt.kind)
		if got != tt.want || ok != tt.ok {
			t.Errorf("bodyOfKind(%q, %q) = %q, %v, want %q, %v", tt.text, tt.kind, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDraftBodyOfKind checks that a claim of a body named by its kind
// alone ("a union has claimed") is given the body the article names.
func TestDraftBodyOfKind(t *testing.T) {
	const article = "Schools cash\n\nAN extra £2m for schools this year is not enough to stop cuts, a union has claimed.\n\nThe National Union of Teachers says the money comes too late."
	d := checkedDraft(t, article)
	if len(d.Record.Claims) == 0 {
		t.Fatalf("DraftRecord(%q) drafted no claim", article)
	}
	if got, want := d.Record.Claims[0].Speaker.Org, "National Union of Teachers"; got != want {
		t.Errorf("DraftRecord(%q).Claims[0].Speaker.Org = %q, want %q", article, got, want)
	}
}
