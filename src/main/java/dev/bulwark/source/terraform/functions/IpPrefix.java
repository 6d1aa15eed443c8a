package dev.bulwark.source.terraform.functions;

import java.math.BigInteger;

/** A CIDR prefix such as 10.0.0.0/16, always normalised to its network address. */
record IpPrefix(IpAddress network, int length) {
    static IpPrefix parse(String cidr) throws FunctionException {
        int slash = cidr.indexOf('/');
        IpAddress address = slash < 0 ? null : IpAddress.parse(cidr.substring(0, slash));
        String len = slash < 0 ? "" : cidr.substring(slash + 1);
        if (address == null || len.isEmpty() || len.length() > 3 || !len.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(len) > address.bits()) {
            throw new FunctionException("invalid CIDR expression: invalid CIDR address: " + cidr);
        }
        int length = Integer.parseInt(len);
        return new IpPrefix(new IpAddress(address.value().and(mask(address.bits(), length)), address.bits()), length);
    }

    int bits() {
        return network.bits();
    }

    int hostBits() {
        return bits() - length;
    }

    /** The first address of the subnet {@code number} after extending the prefix by {@code newBits}. */
    IpPrefix subnet(int newBits, BigInteger number) throws FunctionException {
        if (length + newBits > bits()) {
            throw new FunctionException("insufficient address space to extend prefix of " + length + " by " + newBits);
        }
        if (number.signum() < 0 || number.bitLength() > newBits) {
            throw new FunctionException("prefix extension of " + newBits + " does not accommodate a subnet numbered " + number);
        }
        BigInteger start = network.value().or(number.shiftLeft(bits() - length - newBits));
        return new IpPrefix(new IpAddress(start, bits()), length + newBits);
    }

    /** Host {@code number} within the prefix; negative numbers count back from the last address. */
    IpAddress host(BigInteger number) throws FunctionException {
        BigInteger maxHost = BigInteger.ONE.shiftLeft(hostBits()).subtract(BigInteger.ONE);
        BigInteger n = number;
        if (n.signum() < 0) {
            n = maxHost.add(n).add(BigInteger.ONE);
        }
        if (n.signum() < 0 || n.compareTo(maxHost) > 0) {
            throw new FunctionException("prefix of " + length + " does not accommodate a host numbered " + number);
        }
        return new IpAddress(network.value().or(n), bits());
    }

    BigInteger size() {
        return BigInteger.ONE.shiftLeft(hostBits());
    }

    boolean contains(BigInteger address) {
        return address.and(mask(bits(), length)).equals(network.value());
    }

    static BigInteger mask(int bits, int length) {
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger host = BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE);
        return all.xor(host);
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
