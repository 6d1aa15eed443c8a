/**
 * What {@code terraform init} does for remote module sources, opt-in: source addresses, the module
 * registry protocol, version constraints, git and HTTP archive downloads, and the verified cache
 * under {@code .bulwark/modules}. Downloaded modules are read as configuration, never executed.
 */
package dev.bulwark.source.terraform.modules;
