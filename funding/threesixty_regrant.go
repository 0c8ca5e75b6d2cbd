package funding

import (
	"bytes"
	"strings"
)

// regrantTypes is 360Giving's Regrant Type codelist, closed: each code
// and its name.
var regrantTypes = [...]struct{ code, name string }{
	{"FRG010", "Common Regrant"},
	{"FRG020", "Transfer to intermediary"},
	{"FRG030", "Match funding"},
	{"FRG040", "Funder collaboration"},
	{"FRG050", "Fiscal sponsor"},
	{"FRG060", "Endowment"},
	{"FRG070", "Multipurpose"},
}

// regrantCode returns the code of regrantTypes that b names, by its code
// or its name in any case and with white space around it, and reports
// whether b is the code exactly as the standard writes it.
func regrantCode(b []byte) (code string, exact bool) {
	t := bytes.TrimSpace(b)
	for _, rt := range regrantTypes {
		if string(t) == rt.code {
			return rt.code, len(t) == len(b)
		}
	}
	for _, rt := range regrantTypes {
		if bytes.EqualFold(t, []byte(rt.code)) || bytes.EqualFold(t, []byte(rt.name)) {
			return rt.code, false
		}
	}
	return "", false
}

// setRegrant sets the grant's regrantType from b, the codelist's code or
// name, warning if it is not the code as written or not on the list.
func (g *grantRecord) setRegrant(b []byte) {
	if !g.once(hasRegrant) {
		return
	}
	code, exact := regrantCode(b)
	switch {
	case code == "":
		g.warn("regrantType", expected(ErrSyntax, quote(string(b))+" is not on the Regrant Type codelist ("+regrantList()+"); left out, so the grant is not marked as a regrant"))
	case !exact:
		g.warn("regrantType", expected(ErrSyntax, quote(string(b))+" read as the code "+code))
	}
	g.regrant = code
}

// regrantList returns the codelist's codes, joined by commas.
func regrantList() string {
	codes := make([]string, len(regrantTypes))
	for i, rt := range regrantTypes {
		codes[i] = rt.code
	}
	return strings.Join(codes, ", ")
}

// checkRegrant returns an error matching ErrSyntax if code is neither ""
// nor a code of the Regrant Type codelist, which the standard closes.
func checkRegrant(code string) error {
	if code == "" {
		return nil // most allocations name no regrant type: look nothing up
	}
	if c, exact := regrantCode([]byte(code)); c != "" && exact {
		return nil
	}
	return expected(ErrSyntax, "want a Regrant Type code ("+regrantList()+"), got "+quote(code))
}
