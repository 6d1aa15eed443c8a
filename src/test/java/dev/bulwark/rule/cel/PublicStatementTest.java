package dev.bulwark.rule.cel;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public or not, one statement per row, following the examples of the IAM JSON policy element
 * reference (Principal, NotPrincipal, Condition, condition operators, set qualifiers, IfExists) and
 * the global condition key reference. Each element appears in its string form and its list form.
 * Rows are: expected verdict | why | statement as JSON (single quotes stand for double quotes).
 */
class PublicStatementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANYONE = "'Effect':'Allow','Principal':'*','Action':'sqs:SendMessage','Resource':'arn:aws:sqs:us-east-1:111122223333:q'";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            public     | Principal "*" as a string                    | {ANYONE}
            public     | AWS "*" as a string                          | {'Effect':'Allow','Principal':{'AWS':'*'},'Action':'s3:GetObject'}
            public     | AWS "*" in a list                            | {'Effect':'Allow','Principal':{'AWS':['arn:aws:iam::111122223333:root','*']},'Action':['s3:GetObject']}
            public     | principal type "*" from a policy document    | {'Effect':'Allow','Principal':{'*':['*']},'Action':'sts:AssumeRole'}
            public     | Allow with NotPrincipal as a string          | {'Effect':'Allow','NotPrincipal':{'AWS':'arn:aws:iam::444455556666:user/Bob'},'Action':'s3:*'}
            public     | Allow with NotPrincipal in a list            | {'Effect':'Allow','NotPrincipal':{'AWS':['arn:aws:iam::444455556666:user/Bob','arn:aws:iam::444455556666:root']},'Action':'s3:*'}
            public     | NotAction does not narrow the principal      | {'Effect':'Allow','Principal':'*','NotAction':'iam:*','Resource':'*'}
            public     | NotAction in a list                          | {'Effect':'Allow','Principal':'*','NotAction':['iam:*','organizations:*'],'Resource':'*'}
            public     | NotResource does not narrow the principal    | {'Effect':'Allow','Principal':'*','Action':'s3:GetObject','NotResource':'arn:aws:s3:::secret/*'}
            public     | NotResource in a list                        | {'Effect':'Allow','Principal':'*','Action':'s3:GetObject','NotResource':['arn:aws:s3:::a/*','arn:aws:s3:::b/*']}
            not public | Deny never grants                            | {'Effect':'Deny','Principal':'*','Action':'s3:*'}
            not public | Deny with NotPrincipal                       | {'Effect':'Deny','NotPrincipal':{'AWS':'arn:aws:iam::444455556666:root'},'Action':'s3:*'}
            not public | a named account                              | {'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::111122223333:root'},'Action':'s3:GetObject'}
            not public | a list of named accounts                     | {'Effect':'Allow','Principal':{'AWS':['111122223333','444455556666']},'Action':'s3:GetObject'}
            not public | a service principal                          | {'Effect':'Allow','Principal':{'Service':['ec2.amazonaws.com']},'Action':'sts:AssumeRole'}
            not public | a federated principal                        | {'Effect':'Allow','Principal':{'Federated':'cognito-identity.amazonaws.com'},'Action':'sts:AssumeRoleWithWebIdentity'}
            not public | no principal: an identity policy             | {'Effect':'Allow','Action':'s3:*','Resource':'*'}
            not public | StringEquals aws:SourceAccount               | {ANYONE,'Condition':{'StringEquals':{'aws:SourceAccount':'111122223333'}}}
            not public | StringEquals aws:SourceAccount in a list     | {ANYONE,'Condition':{'StringEquals':{'aws:SourceAccount':['111122223333','444455556666']}}}
            not public | ArnLike aws:SourceArn naming an account      | {ANYONE,'Condition':{'ArnLike':{'aws:SourceArn':'arn:aws:sns:us-east-1:111122223333:*'}}}
            not public | ArnEquals aws:SourceArn of a bucket          | {ANYONE,'Condition':{'ArnEquals':{'aws:SourceArn':['arn:aws:s3:::my-logs']}}}
            not public | StringEquals aws:SourceVpc                   | {ANYONE,'Condition':{'StringEquals':{'aws:SourceVpc':'vpc-111bbb22'}}}
            not public | StringEquals aws:SourceVpce                  | {ANYONE,'Condition':{'StringEquals':{'aws:SourceVpce':['vpce-1a2b3c4d']}}}
            not public | StringEquals aws:VpceAccount                 | {ANYONE,'Condition':{'StringEquals':{'aws:VpceAccount':'111122223333'}}}
            not public | StringEquals aws:PrincipalOrgID              | {ANYONE,'Condition':{'StringEquals':{'aws:PrincipalOrgID':['o-xxxxxxxxxxx']}}}
            not public | StringEquals aws:PrincipalAccount            | {ANYONE,'Condition':{'StringEquals':{'aws:PrincipalAccount':'111122223333'}}}
            not public | IpAddress aws:SourceIp                       | {ANYONE,'Condition':{'IpAddress':{'aws:SourceIp':['192.0.2.0/24','203.0.113.0/24']}}}
            not public | key names are case-insensitive               | {ANYONE,'Condition':{'StringEquals':{'AWS:sourceaccount':'111122223333'}}}
            not public | one limiting key among others is enough      | {ANYONE,'Condition':{'Bool':{'aws:SecureTransport':'true'},'StringEquals':{'aws:PrincipalOrgID':'o-xxxxxxxxxxx'}}}
            not public | ForAnyValue on a single-valued key           | {ANYONE,'Condition':{'ForAnyValue:StringEquals':{'aws:PrincipalOrgID':'o-xxxxxxxxxxx'}}}
            not public | StringEquals "*" is literal and matches none | {ANYONE,'Condition':{'StringEquals':{'aws:SourceAccount':'*'}}}
            not public | StringLike with no wildcard                  | {ANYONE,'Condition':{'StringLike':{'aws:SourceVpce':'vpce-1a2b3c4d'}}}
            public     | ForAllValues is true when the key is absent  | {ANYONE,'Condition':{'ForAllValues:StringEquals':{'aws:PrincipalOrgID':'o-xxxxxxxxxxx'}}}
            public     | ForAnyValue with a negated operator          | {ANYONE,'Condition':{'ForAnyValue:StringNotEquals':{'aws:PrincipalOrgID':'o-xxxxxxxxxxx'}}}
            public     | IfExists is true when the key is absent      | {ANYONE,'Condition':{'StringEqualsIfExists':{'aws:SourceAccount':'111122223333'}}}
            public     | ArnLikeIfExists                              | {ANYONE,'Condition':{'ArnLikeIfExists':{'aws:SourceArn':['arn:aws:sns:us-east-1:111122223333:t']}}}
            public     | ForAnyValue with IfExists                    | {ANYONE,'Condition':{'ForAnyValue:StringEqualsIfExists':{'aws:SourceVpc':'vpc-111bbb22'}}}
            public     | ArnLike arn:aws:iam::* limits nothing        | {ANYONE,'Condition':{'ArnLike':{'aws:PrincipalArn':'arn:aws:iam::*'}}}
            public     | ArnEquals with a wildcard account            | {ANYONE,'Condition':{'ArnEquals':{'aws:SourceArn':'arn:aws:sns:us-east-1:*:topic'}}}
            public     | ArnLike "*"                                  | {ANYONE,'Condition':{'ArnLike':{'aws:SourceArn':['*']}}}
            public     | any value matching is enough: "*" in a list  | {ANYONE,'Condition':{'ArnLike':{'aws:SourceArn':['arn:aws:sns:us-east-1:111122223333:t','*']}}}
            public     | StringLike "*"                               | {ANYONE,'Condition':{'StringLike':{'aws:SourceAccount':'*'}}}
            public     | StringLike o-* matches every organization    | {ANYONE,'Condition':{'StringLike':{'aws:PrincipalOrgID':['o-*']}}}
            public     | StringLike a partial account pattern         | {ANYONE,'Condition':{'StringLike':{'aws:PrincipalAccount':'1111*'}}}
            public     | IpAddress 0.0.0.0/0                          | {ANYONE,'Condition':{'IpAddress':{'aws:SourceIp':'0.0.0.0/0'}}}
            public     | IpAddress ::/0 among others                  | {ANYONE,'Condition':{'IpAddress':{'aws:SourceIp':['192.0.2.0/24','::/0']}}}
            public     | NotIpAddress lets every other address in     | {ANYONE,'Condition':{'NotIpAddress':{'aws:SourceIp':'192.0.2.0/24'}}}
            public     | StringNotEquals lets every other account in  | {ANYONE,'Condition':{'StringNotEquals':{'aws:SourceAccount':'111122223333'}}}
            public     | Null only asks for presence                  | {ANYONE,'Condition':{'Null':{'aws:SourceVpc':'false'}}}
            public     | transport and MFA do not limit the caller    | {ANYONE,'Condition':{'Bool':{'aws:SecureTransport':'true','aws:MultiFactorAuthPresent':['true']}}}
            public     | a key the caller controls                    | {ANYONE,'Condition':{'StringEquals':{'aws:UserAgent':'internal-tool'}}}
            """)
    void decidesLikeAwsDocuments(String expected, String why, String statement) throws Exception {
        String json = statement.replace("{ANYONE", "{" + ANYONE).replace('\'', '"');
        Object parsed = JSON.readValue(json, Object.class);
        assertThat(PublicStatement.isPublic(parsed)).as(why).isEqualTo(expected.equals("public"));
    }
}
