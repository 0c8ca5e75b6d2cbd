package currency

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	"github.com/shopspring/decimal"
)

// MarshalText returns a as its ISO code, a space and its plain decimal value
// with at least the currency's minor digits and no grouping:
// "GBP 2400000.00". The zero Amount gives "XXX 0".
func (a Amount) MarshalText() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, a.code.String()...)
	b = append(b, ' ')
	return a.appendPlain(b), nil
}

// UnmarshalText sets a to the amount in text, which is read as Parse reads
// it; MarshalText's "GBP 2400000.00" form is one of those Parse accepts.
func (a *Amount) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// jsonAmount is the JSON shape of an Amount.
type jsonAmount struct {
	Amount   json.RawMessage `json:"amount"`
	Currency *Code           `json:"currency"`
}

// MarshalJSON returns a as {"amount":"2400000.00","currency":"GBP"}: the
// value as a decimal string, so that no JSON reader can take it for a binary
// floating-point number, with at least the currency's minor digits.
func (a Amount) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 48)
	b = append(b, `{"amount":"`...)
	b = a.appendPlain(b)
	b = append(b, `","currency":"`...)
	b = append(b, a.code.String()...)
	return append(b, `"}`...), nil
}

// UnmarshalJSON sets a from {"amount":"2400000.00","currency":"GBP"}. The
// amount may also be a JSON number, such as 2400000.00 or 2.4e6; its text is
// read exactly, never through a binary floating-point value. Exponents are
// limited to ±64 so that a short input cannot stand for an enormous number.
// Both fields are required, and the currency must be an ISO 4217 code.
func (a *Amount) UnmarshalJSON(data []byte) error {
	var j jsonAmount
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&j); err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return pe // the currency code's own error says more
		}
		return &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: expected(ErrSyntax, err.Error())}
	}
	raw := string(j.Amount)
	if raw == "" || raw == "null" {
		return &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: expected(ErrSyntax, `want an "amount" field`)}
	}
	if j.Currency == nil {
		return &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: expected(ErrSyntax, `want a "currency" field`)}
	}
	v, err := parseJSONNumber(raw)
	if err != nil {
		return &ParseError{Func: "UnmarshalJSON", Input: raw, Err: err}
	}
	v.code = *j.Currency
	*a = v
	return nil
}

// maxJSONExponent bounds the exponent of a JSON number amount.
const maxJSONExponent = 64

// parseJSONNumber reads a JSON amount: a quoted plain decimal with an
// optional minus sign, or a JSON number.
func parseJSONNumber(raw string) (Amount, error) {
	if strings.HasPrefix(raw, `"`) {
		var s string
		if err := json.Unmarshal([]byte(raw), &s); err != nil {
			return Amount{}, expected(ErrSyntax, "want a decimal string")
		}
		return parseSigned(s)
	}
	if !strings.ContainsAny(raw, "eE") {
		return parseSigned(raw)
	}
	d, err := decimal.NewFromString(raw)
	if err != nil {
		return Amount{}, expected(ErrSyntax, "want a decimal number")
	}
	if e := d.Exponent(); e > maxJSONExponent || e < -maxJSONExponent {
		return Amount{}, expected(ErrRange, "want an exponent within ±64")
	}
	return fromDecimal(d, Code{}), nil
}

// parseSigned reads an optionally negative plain decimal with no grouping.
func parseSigned(s string) (Amount, error) {
	if len(s) > maxInput {
		return Amount{}, expected(ErrRange, "want at most 1024 bytes")
	}
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	a, _, err := parseNumber(s, 0, false)
	if err != nil {
		return Amount{}, err
	}
	if neg {
		a = a.Neg()
	}
	return a, nil
}

// appendPlain appends a's value as a plain decimal with at least the
// currency's minor digits and no grouping: "-2400000.00".
func (a Amount) appendPlain(dst []byte) []byte {
	minor := int32(a.code.MinorUnits())
	if a.wide != nil {
		return append(dst, a.wide.StringFixed(max(-a.wide.Exponent(), minor))...)
	}
	places := max(-a.exp, minor)
	if a.coef < 0 {
		dst = append(dst, '-')
	}
	var buf [20]byte
	digits := appendUint(buf[:0], uabs(a.coef))
	if a.exp >= 0 {
		dst = append(dst, digits...)
		if a.coef != 0 {
			dst = appendZeros(dst, int(a.exp))
		}
		if places > 0 {
			dst = appendZeros(append(dst, '.'), int(places))
		}
		return dst
	}
	frac := int(-a.exp) // digits of coef after the point
	if len(digits) <= frac {
		dst = append(dst, '0', '.')
		dst = appendZeros(dst, frac-len(digits))
		dst = append(dst, digits...)
	} else {
		dst = append(dst, digits[:len(digits)-frac]...)
		dst = append(dst, '.')
		dst = append(dst, digits[len(digits)-frac:]...)
	}
	return appendZeros(dst, int(places)-frac)
}

// appendZeros appends n zeros to dst; n <= 0 appends none.
func appendZeros(dst []byte, n int) []byte {
	for range n {
		dst = append(dst, '0')
	}
	return dst
}

// appendUint appends u in decimal to dst.
func appendUint(dst []byte, u uint64) []byte {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(dst, b[i:]...)
}
