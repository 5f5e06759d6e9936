// exprcheck evaluates Argo Rollouts analysis conditions with the expression language Argo
// Rollouts itself uses (github.com/antonmedv/expr: v1.15.5 in its go.mod at v1.9.1; Debian
// 12 ships 1.8.9), as its evaluator runs them (utils/evaluate/evaluate.go at v1.9.1,
// EvalCondition): compiled against the environment (the measurement as `result`, and isNaN
// and isInf; its asInt, asFloat, isNil and default are left out, so a condition using them
// fails here), run, and anything but a bool is an error.
//
// Input (stdin): a JSON list of {"condition": "...", "result": ["0.5", "NaN", ...]}, each
// number a string so that NaN and Inf survive JSON. Output: one line per case, "true",
// "false" or "error: <message>".
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/antonmedv/expr"
)

type measurement struct {
	Condition string   `json:"condition"`
	Result    []string `json:"result"`
}

func main() {
	var cases []measurement
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for _, measured := range cases {
		result := make([]float64, 0, len(measured.Result))
		for _, text := range measured.Result {
			value, err := strconv.ParseFloat(text, 64)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
			result = append(result, value)
		}
		env := map[string]interface{}{
			"result": result,
			"isNaN":  math.IsNaN,
			"isInf":  func(f float64) bool { return math.IsInf(f, 0) },
		}
		program, err := expr.Compile(measured.Condition, expr.Env(env))
		if err != nil {
			fmt.Println("error: " + strings.ReplaceAll(err.Error(), "\n", " "))
			continue
		}
		out, err := expr.Run(program, env)
		if err != nil {
			fmt.Println("error: " + strings.ReplaceAll(err.Error(), "\n", " "))
			continue
		}
		if _, ok := out.(bool); !ok {
			fmt.Printf("error: expected bool, but got %T\n", out)
			continue
		}
		fmt.Println(out)
	}
}
