package dev.bulwark.model;

/**
 * What only a Terraform resource has.
 *
 * @param mode       MANAGED for {@code resource} blocks, DATA for {@code data} blocks
 * @param modulePath e.g. {@code module.net}, empty for the root module
 * @param callChain  for a resource inside a module kept outside the scanned code, how that code calls it; else null
 */
public record TerraformDetails(Resource.Mode mode, String modulePath, CallChain callChain) {
    public static final TerraformDetails ROOT_MANAGED = new TerraformDetails(Resource.Mode.MANAGED, "", null);
}
