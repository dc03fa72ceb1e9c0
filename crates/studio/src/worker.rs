//! Checking a file off the page's thread: the studio's own wasm module, run again in a Web
//! Worker (`worker.js`, written by scripts/assemble-studio.mjs), reads the `File` and answers
//! with the checked file as postcard bytes. Where a worker cannot start, the page checks the
//! file itself: slower for a large file, never a dead end.

use std::cell::RefCell;
use std::rc::Rc;

use hjcp_content::draft::Opened;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Why a file could not be checked at all (not a problem with the file's content).
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The browser could not read the file (moved, deleted or changed since it was chosen).
    Unreadable(String),
    /// The checker stopped (a bug): the message it gave.
    Stopped(String),
}

type Done = Box<dyn FnOnce(Result<Opened, Failure>)>;

pub struct Checker {
    url: String,
    worker: RefCell<Option<web_sys::Worker>>,
    /// The request waited for; an answer to an older one (a file chosen again before its
    /// check finished) is dropped.
    waiting: Rc<RefCell<Option<(u32, Done)>>>,
    next_id: RefCell<u32>,
}

impl Checker {
    pub fn new(url: String) -> Checker {
        Checker {
            url,
            worker: RefCell::new(None),
            waiting: Rc::new(RefCell::new(None)),
            next_id: RefCell::new(0),
        }
    }

    /// Checks `file`, then calls `done` once (unless another check starts first).
    pub fn check(&self, file: web_sys::File, done: impl FnOnce(Result<Opened, Failure>) + 'static) {
        let id = {
            let mut next = self.next_id.borrow_mut();
            *next += 1;
            *next
        };
        *self.waiting.borrow_mut() = Some((id, Box::new(done)));
        match self.worker() {
            Some(worker) => {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"id".into(), &id.into());
                let _ = js_sys::Reflect::set(&message, &"file".into(), &file);
                if worker.post_message(&message).is_err() {
                    self.drop_worker();
                    self.check_here(id, file);
                }
            }
            None => self.check_here(id, file),
        }
    }

    fn worker(&self) -> Option<web_sys::Worker> {
        if let Some(worker) = self.worker.borrow().as_ref() {
            return Some(worker.clone());
        }
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(&self.url, &options).ok()?;
        let waiting = Rc::clone(&self.waiting);
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let id = js_sys::Reflect::get(&data, &"id".into()).ok().and_then(|v| v.as_f64());
                let answer = match js_sys::Reflect::get(&data, &"report".into()) {
                    Ok(report) if report.is_instance_of::<js_sys::Uint8Array>() => {
                        let bytes = report.unchecked_into::<js_sys::Uint8Array>().to_vec();
                        crate::report::decode(&bytes).ok_or_else(|| {
                            Failure::Stopped("the checker's answer could not be read".into())
                        })
                    }
                    _ => {
                        let error = js_sys::Reflect::get(&data, &"error".into()).ok();
                        let text = error.and_then(|e| e.as_string()).unwrap_or_default();
                        let unreadable = js_sys::Reflect::get(&data, &"unreadable".into())
                            .ok()
                            .is_some_and(|v| v.is_truthy());
                        Err(if unreadable {
                            Failure::Unreadable(text)
                        } else {
                            Failure::Stopped(text)
                        })
                    }
                };
                finish(&waiting, id.map(|id| id as u32), answer);
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let waiting = Rc::clone(&self.waiting);
        // A worker that fails to load or dies (a trap in the wasm) answers nothing: whatever
        // waited is told, and the next check starts a new worker.
        let on_error =
            Closure::<dyn Fn(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                finish(&waiting, None, Err(Failure::Stopped(e.message())));
            });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        *self.worker.borrow_mut() = Some(worker.clone());
        Some(worker)
    }

    fn drop_worker(&self) {
        if let Some(worker) = self.worker.borrow_mut().take() {
            worker.terminate();
        }
    }

    /// The page checks the file itself.
    fn check_here(&self, id: u32, file: web_sys::File) {
        let waiting = Rc::clone(&self.waiting);
        wasm_bindgen_futures::spawn_local(async move {
            let answer = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => {
                    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                    Ok(hjcp_content::draft::open(&file.name(), &bytes))
                }
                Err(e) => Err(Failure::Unreadable(
                    e.dyn_ref::<js_sys::Error>()
                        .map(|e| String::from(e.message()))
                        .unwrap_or_default(),
                )),
            };
            finish(&waiting, Some(id), answer);
        });
    }

    /// After a failure the worker may be in any state: the next check starts a fresh one.
    pub fn reset(&self) {
        self.drop_worker();
    }
}

fn finish(
    waiting: &Rc<RefCell<Option<(u32, Done)>>>,
    id: Option<u32>,
    answer: Result<Opened, Failure>,
) {
    let current = waiting.borrow().as_ref().map(|(waited, _)| *waited);
    if id.is_some() && id != current {
        return;
    }
    if let Some((_, done)) = waiting.borrow_mut().take() {
        done(answer);
    }
}
