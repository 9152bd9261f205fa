package entity

import "testing"

// TestEnglishSpeakers covers people named by what they do in a sentence:
// "X told reporters", "…, said X.", "X, who heads the …", and names with
// an initial after a plural title.
func TestEnglishSpeakers(t *testing.T) {
	m := matcher(t)
	tests := []foundCase{
		{"told reporters", "Rustam Azimov told reporters the corridor was open.", []string{"PERSON Rustam Azimov"}, nil},
		{"said after a quote", "\"Trade is growing,\" said Gulnara Beisenova.", []string{"PERSON Gulnara Beisenova"}, nil},
		{"who heads the", "Timur Abenov, who heads the Caspian Freight Office, spoke.", []string{"PERSON Timur Abenov"}, nil},
		{"an organisation's name before said is no person", "The head of the Bureau of Mountain Tourism Development said so.", nil, []string{"PERSON Mountain Tourism Development"}},
		{"one capitalised word before said is no name", "Officials said the line would open.", nil, []string{"PERSON Officials"}},
		{"initial inside a name after a title", "Foreign Minister K. Raghavan spoke.", []string{"PERSON K. Raghavan"}, nil},
	}
	runFound(t, m, tests)
}
