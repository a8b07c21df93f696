# Compares two runs of runall.sh: events (code, modality, date, summary, actors) added or
# removed per file. usage: python3 docs/events-probes/dump.py OLDDIR NEWDIR [x: counts only]
import json,sys,os
def load(p):
    try: d=json.load(open(p))
    except Exception: return []
    out=[]
    for e in d.get('events',[]):
        acts=';'.join(f"{a['role'][0]}:{a.get('name')}/{a.get('country')}" for a in e.get('actors',[]))
        trig=[]
        for m in e.get('mentions',[]):
            t=m['text']; s=m['trigger']['start']-m['start']; en=m['trigger']['end']-m['start']
            trig.append(t.encode()[s:en].decode(errors='replace') if False else None)
        out.append(f"{e['type']['cameo']} {e['modality'][:4]} {e['when'].get('value') or (e['when'].get('earliest'),e['when'].get('latest'))} | {e['summary']} | {acts}")
    return out
if __name__=='__main__':
    a,b=sys.argv[1],sys.argv[2]
    tot_add=tot_rem=0;files=0
    for f in sorted(set(os.listdir(a))|set(os.listdir(b))):
        x=load(os.path.join(a,f)); y=load(os.path.join(b,f))
        sx,sy=set(x),set(y)
        add=[e for e in y if e not in sx]; rem=[e for e in x if e not in sy]
        if add or rem:
            files+=1; tot_add+=len(add); tot_rem+=len(rem)
            if len(sys.argv)<4:
                print('==',f)
                for e in rem: print('  -',e)
                for e in add: print('  +',e)
    print(f"files changed {files}, +{tot_add} -{tot_rem}")
