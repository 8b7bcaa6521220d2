//! Merging the chosen services into one plan: the offices in visiting order, what to hand in at each, what
//! to bring in all, and what makes one visit impossible.
//!
//! An original to be shown counts once however many offices look at it; photocopies are summed per office.
//! A conditional document stays conditional, on its own line with its condition, unless another service
//! asks for it without one.

use super::{PlanDocument, PlanOffice, PlanService, Planner};
use crate::base::lang::Text;

#[derive(Debug, PartialEq)]
pub struct Plan<'a> {
    /// Offices in visiting order.
    pub stops: Vec<Stop<'a>>,
    /// Everything to bring from home, in the order first needed.
    pub bring: Vec<Bring<'a>>,
    pub notes: Vec<Note<'a>>,
}

#[derive(Debug, PartialEq)]
pub struct Stop<'a> {
    pub office: &'a PlanOffice,
    /// What is done there, per service.
    pub tasks: Vec<(&'a PlanService, &'a Text)>,
    /// What is shown or handed in there.
    pub items: Vec<Item<'a>>,
}

/// One line of an office's checklist: a document, shown and/or copies handed in, for one or more services.
#[derive(Debug, PartialEq)]
pub struct Item<'a> {
    pub key: &'a str,
    pub name: &'a Text,
    pub original: bool,
    pub copies: u32,
    pub condition: Option<&'a Text>,
    pub services: Vec<&'a PlanService>,
}

/// One document to bring from home, over the whole plan.
#[derive(Debug, PartialEq)]
pub struct Bring<'a> {
    pub key: &'a str,
    pub name: &'a Text,
    /// The original is needed whatever the situation.
    pub original: bool,
    /// Photocopies needed whatever the situation, per office in visiting order.
    pub copies: Vec<(&'a PlanOffice, u32)>,
    /// Lines needed only in some situations.
    pub conditional: Vec<&'a PlanDocument>,
}

impl Bring<'_> {
    pub fn total_copies(&self) -> u32 {
        self.copies.iter().map(|(_, n)| n).sum()
    }
}

/// Why one visit will not do, or what a helper should know.
#[derive(Debug, PartialEq)]
pub enum Note<'a> {
    /// What `office` gives for `service` is ready another day, and `next` needs it.
    AnotherDay { service: &'a PlanService, office: &'a PlanOffice, next: &'a PlanOffice },
    /// The person themselves must come to `office`.
    InPerson { service: &'a PlanService, office: &'a PlanOffice },
    /// Two services ask for these offices in opposite orders; the plan keeps the order of the first chosen.
    OrderConflict { first: &'a PlanOffice, second: &'a PlanOffice },
}

/// The plan for `chosen` service ids (unknown ids are skipped), in the order they were chosen.
pub fn plan<'a>(planner: &'a Planner, chosen: &[String]) -> Plan<'a> {
    let services: Vec<&PlanService> = chosen.iter().filter_map(|id| planner.service(id)).collect();
    let (order, conflicts) = visiting_order(&services);
    let office = |id: &str| planner.office(id);
    let mut stops: Vec<Stop> = order
        .iter()
        .filter_map(|id| office(id))
        .map(|o| Stop { office: o, tasks: Vec::new(), items: Vec::new() })
        .collect();
    for s in &services {
        for step in &s.steps {
            if let Some(stop) = stops.iter_mut().find(|st| st.office.id == step.office) {
                stop.tasks.push((s, &step.purpose));
            }
        }
        for d in &s.documents {
            let Some(stop) = stops.iter_mut().find(|st| st.office.id == d.office) else { continue };
            add_item(&mut stop.items, s, d);
        }
    }
    let bring = bring_list(&stops);
    let mut notes = Vec::new();
    for s in &services {
        for (i, step) in s.steps.iter().enumerate() {
            let (Some(at), next) = (office(&step.office), s.steps.get(i + 1).and_then(|n| office(&n.office))) else {
                continue;
            };
            if step.ready == crate::catalog::Ready::AnotherDay {
                if let Some(next) = next {
                    notes.push(Note::AnotherDay { service: s, office: at, next });
                }
            }
            if step.in_person {
                notes.push(Note::InPerson { service: s, office: at });
            }
        }
    }
    for (a, b) in conflicts {
        if let (Some(first), Some(second)) = (office(&a), office(&b)) {
            notes.push(Note::OrderConflict { first, second });
        }
    }
    Plan { stops, bring, notes }
}

fn add_item<'a>(items: &mut Vec<Item<'a>>, s: &'a PlanService, d: &'a PlanDocument) {
    let same = |i: &&mut Item| i.key == d.key && i.condition == d.condition.as_ref();
    match items.iter_mut().find(|i| same(i)) {
        Some(item) => {
            item.original |= d.form.shows_original();
            item.copies += d.copies;
            if !item.services.iter().any(|x| x.id == s.id) {
                item.services.push(s);
            }
        }
        None => items.push(Item {
            key: &d.key,
            name: &d.name,
            original: d.form.shows_original(),
            copies: d.copies,
            condition: d.condition.as_ref(),
            services: vec![s],
        }),
    }
}

fn bring_list<'a>(stops: &[Stop<'a>]) -> Vec<Bring<'a>> {
    let mut bring: Vec<Bring> = Vec::new();
    for stop in stops {
        for item in &stop.items {
            let line = match bring.iter().position(|b| b.key == item.key) {
                Some(i) => &mut bring[i],
                None => {
                    bring.push(Bring {
                        key: item.key,
                        name: item.name,
                        original: false,
                        copies: Vec::new(),
                        conditional: Vec::new(),
                    });
                    bring.last_mut().expect("just pushed")
                }
            };
            match item.condition {
                None => {
                    line.original |= item.original;
                    if item.copies > 0 {
                        match line.copies.iter_mut().find(|(o, _)| o.id == stop.office.id) {
                            Some((_, n)) => *n += item.copies,
                            None => line.copies.push((stop.office, item.copies)),
                        }
                    }
                }
                Some(_) => {
                    for s in &item.services {
                        let doc =
                            s.documents.iter().find(|d| d.key == item.key && d.condition.as_ref() == item.condition);
                        if let Some(doc) = doc.filter(|d| !line.conditional.iter().any(|c| c.condition == d.condition))
                        {
                            line.conditional.push(doc);
                        }
                    }
                }
            }
        }
    }
    // A situation is worth naming only when it adds something: an original the resident brings anyway is
    // not repeated "if …", extra copies are.
    for line in &mut bring {
        let original = line.original;
        line.conditional.retain(|d| d.copies > 0 || !original);
    }
    bring
}

/// Offices in an order that keeps every service's own order (a topological sort of the steps), ties broken
/// by the order services were chosen. Where two services disagree, the earlier chosen wins and the pair is
/// returned.
fn visiting_order(services: &[&PlanService]) -> (Vec<String>, Vec<(String, String)>) {
    let mut nodes: Vec<String> = Vec::new();
    let mut edges: Vec<(usize, usize)> = Vec::new();
    let index = |nodes: &mut Vec<String>, id: &str| match nodes.iter().position(|n| n == id) {
        Some(i) => i,
        None => {
            nodes.push(id.to_string());
            nodes.len() - 1
        }
    };
    let mut conflicts = Vec::new();
    for s in services {
        let ids: Vec<usize> = s.steps.iter().map(|st| index(&mut nodes, &st.office)).collect();
        for pair in ids.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if reaches(&edges, b, a) {
                conflicts.push((nodes[b].clone(), nodes[a].clone()));
            } else if !edges.contains(&(a, b)) {
                edges.push((a, b));
            }
        }
    }
    let mut placed = vec![false; nodes.len()];
    let mut order = Vec::new();
    while order.len() < nodes.len() {
        let next = (0..nodes.len())
            .find(|&n| !placed[n] && edges.iter().all(|&(a, b)| b != n || placed[a]))
            .expect("edges that would close a cycle are never added");
        placed[next] = true;
        order.push(nodes[next].clone());
    }
    (order, conflicts)
}

/// Whether `to` can be reached from `from` along the edges.
fn reaches(edges: &[(usize, usize)], from: usize, to: usize) -> bool {
    let mut seen = vec![from];
    let mut i = 0;
    while i < seen.len() {
        if seen[i] == to {
            return true;
        }
        for &(a, b) in edges {
            if a == seen[i] && !seen.contains(&b) {
                seen.push(b);
            }
        }
        i += 1;
    }
    false
}
