/**
 * Rewrites the four places where OpenCV.js 4.5.2's embind glue builds functions from strings (new Function),
 * which an extension page's CSP forbids, into plain closures that behave the same. Throws if the source
 * is not the one this was written for, so an upgrade fails the build instead of failing at run time.
 */

interface Rewrite {
  /** Where the replaced text starts. */
  from: string;
  /** The first text after it that stays. */
  to: string;
  replacement: string;
}

// The same wrapper the string-built version returns, minus the cosmetic function name.
const CREATE_NAMED_FUNCTION = `function createNamedFunction(name,body){var f=function(){"use strict";return body.apply(this,arguments)};try{Object.defineProperty(f,"name",{value:makeLegalFunctionName(name)})}catch(e){}return f}`;

const MAKE_DYN_CALLER = `function makeDynCaller(dynCall){return function(){var a=[rawFunction];for(var i=0;i<arguments.length;i++)a.push(arguments[i]);return dynCall.apply(null,a)}}`;

// Same steps as the generated invoker: wire the arguments, call, free what needs freeing, unwire the result.
const CRAFT_INVOKER = `function craftInvokerFunction(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc){var argCount=argTypes.length;if(argCount<2){throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!")}var isClassMethodFunc=argTypes[1]!==null&&classType!==null;var needsDestructorStack=false;for(var i=1;i<argTypes.length;++i){if(argTypes[i]!==null&&argTypes[i].destructorFunction===undefined){needsDestructorStack=true;break}}var returns=argTypes[0].name!=="void";var expected=argCount-2;return function(){if(arguments.length!==expected){throwBindingError("function "+humanName+" called with "+arguments.length+" arguments, expected "+expected+" args!")}var destructors=needsDestructorStack?[]:null;var thisWired;var wired=new Array(expected);var call=[cppTargetFunc];if(isClassMethodFunc){thisWired=argTypes[1].toWireType(destructors,this);call.push(thisWired)}for(var j=0;j<expected;++j){wired[j]=argTypes[j+2].toWireType(destructors,arguments[j]);call.push(wired[j])}var rv=cppInvokerFunc.apply(null,call);if(needsDestructorStack){runDestructors(destructors)}else{for(var k=isClassMethodFunc?1:2;k<argTypes.length;++k){if(argTypes[k].destructorFunction!==null){argTypes[k].destructorFunction(k===1?thisWired:wired[k-2])}}}if(returns){return argTypes[0].fromWireType(rv)}}}`;

const METHOD_CALLER = `function __emval_get_method_caller(argCount,argTypes){var types=__emval_lookupTypes(argCount,argTypes);var retType=types[0];var invoker=function(handle,name,destructors,args){var offset=0;var a=new Array(argCount-1);for(var i=0;i<argCount-1;++i){a[i]=types[i+1].readValueFromPointer(args+offset);offset+=types[i+1]["argPackAdvance"]}var rv=handle[name].apply(handle,a);for(var i=0;i<argCount-1;++i){if(types[i+1]["deleteObject"]){types[i+1].deleteObject(a[i])}}if(!retType.isVoid){return retType.toWireType(destructors,rv)}};return __emval_addMethodCaller(invoker)}`;

const REWRITES: Rewrite[] = [
  { from: 'function createNamedFunction(name,body){', to: 'function extendError(', replacement: CREATE_NAMED_FUNCTION },
  { from: 'function makeDynCaller(dynCall){', to: 'var fp;if(Module["FUNCTION_TABLE_"', replacement: MAKE_DYN_CALLER },
  { from: 'function craftInvokerFunction(', to: 'function heap32VectorToArray(', replacement: CRAFT_INVOKER },
  { from: 'function __emval_get_method_caller(', to: 'function __emval_get_property(', replacement: METHOD_CALLER },
];

export function patchOpencv(source: string): string {
  let out = source;
  for (const r of REWRITES) {
    const start = out.indexOf(r.from);
    const end = start < 0 ? -1 : out.indexOf(r.to, start);
    if (start < 0 || end < 0 || out.indexOf(r.from, start + 1) >= 0) {
      throw new Error(`opencv.js is not the 4.5.2 build this patch expects (no single "${r.from}")`);
    }
    out = out.slice(0, start) + r.replacement + out.slice(end);
  }
  if (/new Function|new_\(Function/.test(out)) throw new Error('opencv.js still builds code from strings after patching');
  return out;
}
