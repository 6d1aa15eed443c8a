/**
 * Terraform's built-in functions over Bulwark's {@link dev.bulwark.model.Value} model.
 *
 * <p>{@link dev.bulwark.source.terraform.functions.Functions} looks functions up by name;
 * {@link dev.bulwark.source.terraform.functions.Convert} and
 * {@link dev.bulwark.source.terraform.functions.Json} hold the conversions, number printing,
 * equality and JSON handling the evaluator shares with them. Results follow Terraform's
 * documented behaviour; an input that is not known yet gives an unknown result rather than a
 * guess, and every rejected call is a {@link dev.bulwark.source.terraform.functions.FunctionException}.
 */
package dev.bulwark.source.terraform.functions;
